package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.oneplan.access.Organisations;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanningSettings;
import org.oneplan.web.OrganisationSetting;
import org.oneplan.web.StaleRecordException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation's planning settings: how far after agreement the next formal review may be. */
@Controller
class PlanningSettingsPages implements OrganisationSetting.Source {

    static final String WHO = "hasAnyRole('MANAGER','SYSTEM_ADMIN')";

    private final PlanningSettings settings;
    private final Organisations organisations;
    private final MessageSource messages;

    PlanningSettingsPages(PlanningSettings settings, Organisations organisations, MessageSource messages) {
        this.settings = settings;
        this.organisations = organisations;
        this.messages = messages;
    }

    @Override
    public List<OrganisationSetting> forOrganisation(UUID organisationId) {
        PlanningSettings.Settings s = settings.of(organisationId);
        String value = text(s.version() == null ? "settings.planning.value.default" : "settings.planning.value",
                s.maxReviewMonths());
        return List.of(new OrganisationSetting(text("settings.planning.maxReviewMonths"), value, href(organisationId)));
    }

    @GetMapping("/settings/{organisationId}/planning")
    @PreAuthorize(WHO)
    String edit(@PathVariable UUID organisationId, Model model) {
        organisations.requireSettingsAccess(organisationId);
        return show(organisationId, PlanningSettingsForm.of(settings.of(organisationId)), model);
    }

    @PostMapping("/settings/{organisationId}/planning")
    @PreAuthorize(WHO)
    String change(@PathVariable UUID organisationId, @ModelAttribute("form") PlanningSettingsForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        organisations.requireSettingsAccess(organisationId);
        if (!result.hasErrors() && form.getMaxReviewMonths() == null) {
            result.rejectValue("maxReviewMonths", "settings.planning.maxReviewMonths.required");
        }
        if (!result.hasErrors()) {
            try {
                settings.change(organisationId, form.getMaxReviewMonths(), form.getVersion());
                flash.addFlashAttribute("banner", text("settings.planning.saved"));
                return "redirect:/settings/" + organisationId;
            } catch (PlanRuleException e) {
                result.rejectValue(e.field(), e.messageKey(), e.args(), null);
            } catch (StaleRecordException e) {
                form.setVersion(settings.of(organisationId).version());
                model.addAttribute("conflict", settings.of(organisationId));
                result.reject("settings.planning.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(organisationId, form, model);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(organisationId, form, model);
    }

    private String show(UUID organisationId, PlanningSettingsForm form, Model model) {
        model.addAttribute("organisation", organisations.requireSettingsAccess(organisationId));
        model.addAttribute("form", form);
        model.addAttribute("longest", PlanningSettings.LONGEST_REVIEW_MONTHS);
        return "planning/settings";
    }

    private static String href(UUID organisationId) {
        return "/settings/" + organisationId + "/planning";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
