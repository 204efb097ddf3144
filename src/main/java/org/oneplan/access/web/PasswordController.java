package org.oneplan.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.AccountSettings;
import org.oneplan.access.internal.PasswordPolicy;
import org.oneplan.access.internal.SignedInSessions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing your own password, including replacing a temporary one before doing anything else.
 * A change signs you out of every other session.
 */
@Controller
class PasswordController {

    private final AccountSettings settings;
    private final PasswordPolicy policy;
    private final SignedInSessions sessions;
    private final Banners banners;

    PasswordController(AccountSettings settings, PasswordPolicy policy, SignedInSessions sessions,
                       Banners banners) {
        this.settings = settings;
        this.policy = policy;
        this.sessions = sessions;
        this.banners = banners;
    }

    @GetMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String form(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("passwordForm", new PasswordChangeForm());
        model.addAttribute("mustChange", me.mustChangePassword());
        return "account/password";
    }

    @PostMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String change(@AuthenticationPrincipal AccountPrincipal me, @ModelAttribute("passwordForm") PasswordChangeForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect, HttpServletRequest request,
                  HttpServletResponse response) {
        String current = form.getCurrentPassword();
        boolean currentCorrect = current != null && !current.isEmpty() && settings.isCurrentPassword(me.userId(), current);
        if (!currentCorrect) {
            errors.rejectValue("currentPassword", current == null || current.isEmpty()
                    ? "password.current.required" : "password.current.wrong");
        }
        PasswordFields.check(policy, errors, me.getUsername(), "newPassword", form.getNewPassword(),
                "confirmPassword", form.getConfirmPassword());
        if (currentCorrect && !errors.hasFieldErrors("newPassword") && current.equals(form.getNewPassword())) {
            errors.rejectValue("newPassword", "password.sameAsCurrent");
        }
        if (errors.hasErrors()) {
            form.forgetPasswords();
            model.addAttribute("mustChange", me.mustChangePassword());
            return "account/password";
        }
        AccountPrincipal refreshed = settings.changePassword(me.userId(), form.getNewPassword());
        sessions.endOtherSessions(me.getUsername(), request);
        sessions.refresh(refreshed, request, response);
        banners.flash(redirect, "password.changed");
        return me.mustChangePassword() ? "redirect:/" : "redirect:/account";
    }
}
