package org.oneplan.access.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.oneplan.access.internal.OrganisationAdmin;
import org.oneplan.access.internal.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisations whose staff use OnePlan: list, create, change, deactivate and reactivate. */
@Controller
class OrganisationsAdminController {

    static final int PAGE_SIZE = 25;

    private final OrganisationAdmin organisations;
    private final AdminOptions options;
    private final Banners banners;

    OrganisationsAdminController(OrganisationAdmin organisations, AdminOptions options, Banners banners) {
        this.organisations = organisations;
        this.options = options;
        this.banners = banners;
    }

    @GetMapping("/admin/organisations")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("organisations", organisations.page(page, PAGE_SIZE));
        return "admin/organisations";
    }

    @GetMapping("/admin/organisations/new")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String newOrganisation(Model model) {
        return form(new OrganisationForm(), null, model);
    }

    @PostMapping("/admin/organisations")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String create(@Valid @ModelAttribute("organisationForm") OrganisationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        requireKind(form, errors);
        if (errors.hasErrors() || !AdminChanges.apply(
                () -> organisations.create(form.getName(), form.chosenKind().orElseThrow()), errors, response)) {
            return form(form, null, model);
        }
        banners.flash(redirect, "admin.organisation.created", form.getName().strip());
        return "redirect:/admin/organisations";
    }

    @GetMapping("/admin/organisations/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String edit(@PathVariable UUID id, Model model) {
        OrganisationAdmin.Summary organisation = load(id);
        return form(OrganisationForm.of(organisation), organisation, model);
    }

    @PostMapping("/admin/organisations/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("organisationForm") OrganisationForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        OrganisationAdmin.Summary organisation = load(id);
        requireKind(form, errors);
        if (errors.hasErrors() || !AdminChanges.apply(() -> organisations.update(id, FormValues.version(form.getVersion()),
                form.getName(), form.chosenKind().orElseThrow()), errors, response)) {
            return form(form, organisation, model);
        }
        banners.flash(redirect, "admin.organisation.updated", form.getName().strip());
        return "redirect:/admin/organisations";
    }

    @PostMapping("/admin/organisations/{id}/deactivate")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        organisations.deactivate(id);
        banners.flash(redirect, "admin.organisation.deactivated", load(id).name());
        return "redirect:/admin/organisations/" + id;
    }

    @PostMapping("/admin/organisations/{id}/reactivate")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        organisations.reactivate(id);
        banners.flash(redirect, "admin.organisation.reactivated", load(id).name());
        return "redirect:/admin/organisations/" + id;
    }

    private String form(OrganisationForm form, OrganisationAdmin.Summary organisation, Model model) {
        model.addAttribute("organisationForm", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("kinds", options.kinds());
        return "admin/organisation";
    }

    private static void requireKind(OrganisationForm form, BindingResult errors) {
        if (form.chosenKind().isEmpty()) {
            errors.rejectValue("kind", "admin.organisation.kind.required");
        }
    }

    private OrganisationAdmin.Summary load(UUID id) {
        return organisations.find(id).orElseThrow(() -> new RecordNotFoundException("Organisation"));
    }
}
