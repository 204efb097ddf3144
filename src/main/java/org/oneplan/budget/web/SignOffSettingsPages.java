package org.oneplan.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.oneplan.access.Organisations;
import org.oneplan.budget.internal.Money;
import org.oneplan.budget.internal.Period;
import org.oneplan.budget.internal.SignOffSettings;
import org.oneplan.web.OrganisationSetting;
import org.oneplan.web.RuleException;
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

/** An organisation's sign-off settings: the target in working days, when two authorisers sign off, the criteria. */
@Controller
class SignOffSettingsPages implements OrganisationSetting.Source {

    static final String WHO = "hasAnyRole('MANAGER','SYSTEM_ADMIN')";
    private static final String THRESHOLD = "signoff.settings.threshold.name";

    private final SignOffSettings settings;
    private final Organisations organisations;
    private final SignOffPageParts parts;

    SignOffSettingsPages(SignOffSettings settings, Organisations organisations, SignOffPageParts parts) {
        this.settings = settings;
        this.organisations = organisations;
        this.parts = parts;
    }

    @Override
    public List<OrganisationSetting> forOrganisation(UUID organisationId) {
        SignOffSettings.Settings s = settings.of(organisationId);
        String href = "/settings/" + organisationId + "/sign-off";
        return List.of(new OrganisationSetting(parts.text("signoff.settings.target"),
                        parts.text("signoff.settings.target.value", s.targetDays()), href),
                new OrganisationSetting(parts.text("signoff.settings.authorisers"), s.twoAuthorisersOver() == null
                        ? parts.text("signoff.settings.authorisers.one")
                        : parts.text("signoff.settings.authorisers.two", Money.pounds(s.twoAuthorisersOver())), href),
                new OrganisationSetting(parts.text("signoff.settings.criteria"),
                        parts.text("signoff.settings.criteria.count", s.criteria().size()), href));
    }

    @GetMapping("/settings/{organisationId}/sign-off")
    @PreAuthorize(WHO)
    String edit(@PathVariable UUID organisationId, Model model) {
        organisations.requireSettingsAccess(organisationId);
        return show(organisationId, SignOffSettingsForm.of(settings.of(organisationId)), model);
    }

    @PostMapping("/settings/{organisationId}/sign-off")
    @PreAuthorize(WHO)
    String change(@PathVariable UUID organisationId, @ModelAttribute("form") SignOffSettingsForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        organisations.requireSettingsAccess(organisationId);
        BigDecimal threshold = checked(result, () -> Money.check(Money.parse(form.getTwoAuthorisersOver(),
                "twoAuthorisersOver", THRESHOLD), Period.YEAR, "twoAuthorisersOver", THRESHOLD));
        Integer target = checked(result, () -> target(form.getTargetDays()));
        int status = HttpServletResponse.SC_BAD_REQUEST;
        if (!result.hasErrors()) {
            try {
                settings.change(organisationId, target, threshold, criteria(form.getCriteria()), form.getVersion());
                flash.addFlashAttribute("banner", parts.text("signoff.settings.saved"));
                return "redirect:/settings/" + organisationId;
            } catch (RuleException e) {
                SignOffPageParts.refused(e, result);
            } catch (StaleRecordException e) {
                model.addAttribute("conflict", settings.of(organisationId));
                form.setVersion(settings.of(organisationId).version());
                result.reject("signoff.settings.conflict");
                status = HttpServletResponse.SC_CONFLICT;
            }
        }
        response.setStatus(status);
        return show(organisationId, form, model);
    }

    /** What {@code read} gives, or null with its refusal on the form. */
    private static <T> T checked(BindingResult result, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (RuleException e) {
            SignOffPageParts.refused(e, result);
            return null;
        }
    }

    private static int target(String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw new RuleException("targetDays", "signoff.settings.targetDays.format");
        }
    }

    private static List<String> criteria(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("\\R")).toList();
    }

    private String show(UUID organisationId, SignOffSettingsForm form, Model model) {
        model.addAttribute("organisation", organisations.requireSettingsAccess(organisationId));
        model.addAttribute("form", form);
        model.addAttribute("longest", SignOffSettings.LONGEST_TARGET);
        return "budget/sign-off-settings";
    }
}
