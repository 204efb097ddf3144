package org.oneplan.access.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpSession;
import org.oneplan.access.internal.LoginThrottle;
import org.oneplan.access.internal.SignInHandlers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. Spring Security handles the POST; this only shows the form and why it failed. */
@Controller
class SignInController {

    private final LoginThrottle throttle;

    SignInController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/sign-in")
    @PermitAll
    String signIn(HttpSession session, Model model) {
        Object username = session.getAttribute(SignInHandlers.LAST_USERNAME);
        model.addAttribute("username", username == null ? "" : username);
        // How long to wait, from the window failures count in (rounded up to whole minutes).
        model.addAttribute("throttleMinutes", Math.max(1, (throttle.window().toSeconds() + 59) / 60));
        return "access/sign-in";
    }
}
