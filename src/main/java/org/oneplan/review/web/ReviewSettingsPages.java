package org.oneplan.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.oneplan.access.Organisations;
import org.oneplan.review.ReviewRuleException;
import org.oneplan.review.ReviewSettings;
import org.oneplan.web.OrganisationSetting;
import org.oneplan.web.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation's review settings: a first review 6 to 8 weeks after a new plan, and the time to answer a request. */
@Controller
class ReviewSettingsPages implements OrganisationSetting.Source {

    static final String WHO = "hasAnyRole('MANAGER','SYSTEM_ADMIN')";

    private final ReviewSettings settings;
    private final Organisations organisations;
    private final ReviewPageParts parts;

    ReviewSettingsPages(ReviewSettings settings, Organisations organisations, ReviewPageParts parts) {
        this.settings = settings;
        this.organisations = organisations;
        this.parts = parts;
    }

    @Override
    public List<OrganisationSetting> forOrganisation(UUID organisationId) {
        ReviewSettings.Settings s = settings.of(organisationId);
        String href = "/settings/" + organisationId + "/reviews";
        String days = parts.text(s.version() == null ? "settings.review.days.default" : "settings.review.days",
                s.responseDays());
        return List.of(new OrganisationSetting(parts.text("settings.review.firstReview"),
                        parts.text(s.firstReview() ? "settings.review.firstReview.on" : "settings.review.firstReview.off"),
                        href),
                new OrganisationSetting(parts.text("settings.review.responseDays"), days, href));
    }

    @GetMapping("/settings/{organisationId}/reviews")
    @PreAuthorize(WHO)
    String edit(@PathVariable UUID organisationId, Model model) {
        organisations.requireSettingsAccess(organisationId);
        return show(organisationId, ReviewSettingsForm.of(settings.of(organisationId)), model);
    }

    @PostMapping("/settings/{organisationId}/reviews")
    @PreAuthorize(WHO)
    String change(@PathVariable UUID organisationId, @ModelAttribute("form") ReviewSettingsForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        organisations.requireSettingsAccess(organisationId);
        if (!result.hasFieldErrors("firstReview") && form.getFirstReview() == null) {
            result.rejectValue("firstReview", "settings.review.firstReview.required");
        }
        if (!result.hasFieldErrors("responseDays") && form.getResponseDays() == null) {
            result.rejectValue("responseDays", "settings.review.responseDays.required");
        }
        if (!result.hasErrors()) {
            try {
                settings.change(organisationId, form.getFirstReview(), form.getResponseDays(), form.getVersion());
                return parts.done("/settings/" + organisationId, "settings.review.saved", flash);
            } catch (ReviewRuleException e) {
                result.rejectValue(e.field(), e.messageKey(), e.args(), null);
            } catch (StaleRecordException e) {
                form.setVersion(settings.of(organisationId).version());
                result.reject("settings.review.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(organisationId, form, model);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(organisationId, form, model);
    }

    private String show(UUID organisationId, ReviewSettingsForm form, Model model) {
        model.addAttribute("organisation", organisations.requireSettingsAccess(organisationId))
                .addAttribute("form", form).addAttribute("yesNo", parts.yesNo())
                .addAttribute("longest", ReviewSettings.LONGEST_RESPONSE_DAYS);
        return "review/settings";
    }
}
