package org.oneplan.access.web;

import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.AccountSettings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Your account: who you are signed in as, your roles and teams, and what you can change. */
@Controller
class AccountController {

    private final AccountSettings settings;

    AccountController(AccountSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/account")
    @PreAuthorize("isAuthenticated()")
    String account(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("profile", settings.profile(me.userId()));
        return "account/account";
    }
}
