package org.oneplan.access.web;

import java.util.List;
import java.util.UUID;
import org.oneplan.access.Organisations;
import org.oneplan.web.OrganisationSetting;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An organisation's settings, gathered from every module that has some: a manager changes their own
 * organisation's, a system administrator any organisation's.
 */
@Controller
class OrganisationSettingsPages {

    static final String WHO = "hasAnyRole('MANAGER','SYSTEM_ADMIN')";

    private final Organisations organisations;
    private final List<OrganisationSetting.Source> sources;

    OrganisationSettingsPages(Organisations organisations, List<OrganisationSetting.Source> sources) {
        this.organisations = organisations;
        this.sources = sources;
    }

    @GetMapping("/settings")
    @PreAuthorize(WHO)
    String choose(Model model) {
        List<Organisations.OrganisationRef> scope = organisations.settingsScope();
        if (scope.size() == 1) {
            return "redirect:/settings/" + scope.get(0).id();
        }
        model.addAttribute("organisations", scope);
        return "settings/choose";
    }

    @GetMapping("/settings/{organisationId}")
    @PreAuthorize(WHO)
    String show(@PathVariable UUID organisationId, Model model) {
        model.addAttribute("organisation", organisations.requireSettingsAccess(organisationId));
        model.addAttribute("settings", sources.stream().flatMap(s -> s.forOrganisation(organisationId).stream()).toList());
        model.addAttribute("several", organisations.settingsScope().size() > 1);
        return "settings/organisation";
    }
}
