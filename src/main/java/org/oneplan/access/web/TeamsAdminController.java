package org.oneplan.access.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.oneplan.access.internal.RecordNotFoundException;
import org.oneplan.access.internal.TeamAdmin;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Teams that hold caseloads: list, create, change organisation and partners, deactivate and reactivate. */
@Controller
class TeamsAdminController {

    private final TeamAdmin teams;
    private final AdminOptions options;
    private final Banners banners;

    TeamsAdminController(TeamAdmin teams, AdminOptions options, Banners banners) {
        this.teams = teams;
        this.options = options;
        this.banners = banners;
    }

    @GetMapping("/admin/teams")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String list(Model model) {
        model.addAttribute("teams", teams.all());
        return "admin/teams";
    }

    @GetMapping("/admin/teams/new")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String newTeam(Model model) {
        return form(new TeamForm(), null, model);
    }

    @PostMapping("/admin/teams")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String create(@Valid @ModelAttribute("teamForm") TeamForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (errors.hasErrors() || !AdminChanges.apply(() -> teams.create(FormValues.uuid(form.getOrganisationId())
                .orElse(null), form.getName(), FormValues.uuids(form.getPartnerIds())), errors, response)) {
            return form(form, null, model);
        }
        banners.flash(redirect, "admin.team.created", form.getName().strip());
        return "redirect:/admin/teams";
    }

    @GetMapping("/admin/teams/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String edit(@PathVariable UUID id, Model model) {
        TeamAdmin.Summary team = load(id);
        return form(TeamForm.of(team), team, model);
    }

    @PostMapping("/admin/teams/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("teamForm") TeamForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        TeamAdmin.Summary team = load(id);
        if (errors.hasErrors() || !AdminChanges.apply(() -> teams.update(id, FormValues.version(form.getVersion()),
                FormValues.uuid(form.getOrganisationId()).orElse(null), form.getName(),
                FormValues.uuids(form.getPartnerIds())), errors, response)) {
            return form(form, team, model);
        }
        banners.flash(redirect, "admin.team.updated", form.getName().strip());
        return "redirect:/admin/teams";
    }

    @PostMapping("/admin/teams/{id}/deactivate")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String deactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        teams.deactivate(id);
        banners.flash(redirect, "admin.team.deactivated", load(id).name());
        return "redirect:/admin/teams/" + id;
    }

    @PostMapping("/admin/teams/{id}/reactivate")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String reactivate(@PathVariable UUID id, RedirectAttributes redirect) {
        teams.reactivate(id);
        banners.flash(redirect, "admin.team.reactivated", load(id).name());
        return "redirect:/admin/teams/" + id;
    }

    private String form(TeamForm form, TeamAdmin.Summary team, Model model) {
        model.addAttribute("teamForm", form);
        model.addAttribute("team", team);
        model.addAttribute("organisationOptions", options.organisations(form.chosenOrganisations()));
        return "admin/team";
    }

    private TeamAdmin.Summary load(UUID id) {
        return teams.find(id).orElseThrow(() -> new RecordNotFoundException("Team"));
    }
}
