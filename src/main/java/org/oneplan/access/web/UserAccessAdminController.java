package org.oneplan.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.ChangeRefusedException;
import org.oneplan.access.internal.RecordNotFoundException;
import org.oneplan.access.internal.UserAdmin;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Whether a user can sign in: deactivate, reactivate, and reset a forgotten password. */
@Controller
class UserAccessAdminController {

    private final UserAdmin users;
    private final Banners banners;

    UserAccessAdminController(UserAdmin users, Banners banners) {
        this.users = users;
        this.banners = banners;
    }

    @PostMapping("/admin/users/{id}/deactivate")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String deactivate(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        try {
            users.deactivate(id, me.userId());
        } catch (ChangeRefusedException e) {
            // The page offers no way to deactivate your own account; only a forged request gets here.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.messageKey());
        }
        banners.flash(redirect, "admin.user.deactivated", load(id).username());
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/reactivate")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        users.reactivate(id);
        banners.flash(redirect, "admin.user.reactivated", load(id).username());
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/admin/users/{id}/reset-password")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String confirmReset(@PathVariable UUID id, Model model) {
        model.addAttribute("user", load(id));
        return "admin/reset-password";
    }

    @PostMapping("/admin/users/{id}/reset-password")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String reset(@PathVariable UUID id, Model model, HttpServletResponse response) {
        load(id);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("created", users.resetPassword(id));
        model.addAttribute("isNew", false);
        return "admin/temporary-password";
    }

    private UserAdmin.Summary load(UUID id) {
        return users.find(id).orElseThrow(() -> new RecordNotFoundException("UserAccount"));
    }
}
