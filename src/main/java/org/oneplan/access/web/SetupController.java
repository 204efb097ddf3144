package org.oneplan.access.web;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.oneplan.access.internal.FirstStart;
import org.oneplan.access.internal.PasswordPolicy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** First start: the one-off link from the log lets someone create the system administrator. */
@Controller
class SetupController {

    private final FirstStart firstStart;
    private final PasswordPolicy policy;
    private final Banners banners;

    SetupController(FirstStart firstStart, PasswordPolicy policy, Banners banners) {
        this.firstStart = firstStart;
        this.policy = policy;
        this.banners = banners;
    }

    @GetMapping("/setup")
    @PermitAll
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        if (!firstStart.isOpen(token)) {
            return closed(response);
        }
        model.addAttribute("setupForm", SetupForm.withToken(token));
        return "access/setup";
    }

    @PostMapping("/setup")
    @PermitAll
    String create(@Valid @ModelAttribute("setupForm") SetupForm form, BindingResult errors,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!firstStart.isOpen(form.getToken())) {
            return closed(response);
        }
        PasswordFields.check(policy, errors, form.getUsername(), "password", form.getPassword(),
                "confirmPassword", form.getConfirmPassword());
        if (errors.hasErrors()) {
            form.forgetPasswords();
            return "access/setup";
        }
        try {
            firstStart.createSystemAdministrator(form.getToken(), form.toAdministrator());
        } catch (FirstStart.SetupClosedException e) {
            return closed(response);
        }
        banners.flash(redirect, "setup.done");
        return "redirect:/sign-in";
    }

    private static String closed(HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "access/setup-closed";
    }
}
