package org.oneplan.access.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.RecordNotFoundException;
import org.oneplan.access.internal.UserAdmin;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User accounts: find, create with a temporary password, and change name, email address, roles and teams. */
@Controller
class UsersAdminController {

    static final int PAGE_SIZE = 25;

    private final UserAdmin users;
    private final AdminOptions options;
    private final Banners banners;

    UsersAdminController(UserAdmin users, AdminOptions options, Banners banners) {
        this.users = users;
        this.options = options;
        this.banners = banners;
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        String text = q.length() > 100 ? q.substring(0, 100) : q;
        model.addAttribute("q", text);
        model.addAttribute("users", users.search(text, page, PAGE_SIZE));
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String newUser(Model model) {
        return form(new NewUserForm(), null, model);
    }

    @PostMapping("/admin/users")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String create(@Valid @ModelAttribute("userForm") NewUserForm form, BindingResult errors, Model model,
                  HttpServletResponse response) {
        Optional<UserAdmin.Created> created = errors.hasErrors() ? Optional.empty() : AdminChanges.attempt(
                () -> users.create(form.toDetails(), form.getUsername(), form.getTemporaryPassword()), errors, response);
        if (created.isEmpty()) {
            form.setTemporaryPassword(null);
            return form(form, null, model);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("created", created.get());
        model.addAttribute("isNew", true);
        return "admin/temporary-password";
    }

    @GetMapping("/admin/users/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String edit(@PathVariable UUID id, Model model) {
        UserAdmin.Summary user = load(id);
        return form(UserForm.of(user), user, model);
    }

    @PostMapping("/admin/users/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String update(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal me,
                  @Valid @ModelAttribute("userForm") UserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        UserAdmin.Summary user = load(id);
        if (errors.hasErrors() || !AdminChanges.apply(() -> users.update(id, FormValues.version(form.getVersion()),
                form.toDetails(), me.userId()), errors, response)) {
            return form(form, user, model);
        }
        banners.flash(redirect, "admin.user.updated", user.username());
        return "redirect:/admin/users/" + id;
    }

    private String form(UserForm form, UserAdmin.Summary user, Model model) {
        model.addAttribute("userForm", form);
        model.addAttribute("user", user);
        model.addAttribute("roleOptions", options.roles());
        model.addAttribute("teamOptions", options.teams(form.getTeamIds()));
        return "admin/user";
    }

    private UserAdmin.Summary load(UUID id) {
        return users.find(id).orElseThrow(() -> new RecordNotFoundException("UserAccount"));
    }
}
