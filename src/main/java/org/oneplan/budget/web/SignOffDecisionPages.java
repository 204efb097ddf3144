package org.oneplan.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.budget.SignOffDecision;
import org.oneplan.budget.SignOffStatus;
import org.oneplan.budget.SignOffs;
import org.oneplan.budget.internal.BudgetView;
import org.oneplan.budget.internal.SignOffAges;
import org.oneplan.budget.internal.SignOffLooks;
import org.oneplan.budget.internal.SignOffSettings;
import org.oneplan.web.DateParts;
import org.oneplan.web.RuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The authoriser's decision: the plan's sign-off so far, the budget and spending plan read-only, the organisation's
 * criteria as a checklist, any conditions and the date the budget is active from, then sign off (or return it, on
 * its own page). Says first when the plan changed since it was sent, or when this authoriser may not decide.
 */
@Controller
class SignOffDecisionPages {

    private final SignOffs signOffs;
    private final SignOffLooks looks;
    private final SignOffSettings settings;
    private final SignOffAges ages;
    private final BudgetPageParts budgetParts;
    private final SignOffPageParts parts;

    SignOffDecisionPages(SignOffs signOffs, SignOffLooks looks, SignOffSettings settings, SignOffAges ages,
                         BudgetPageParts budgetParts, SignOffPageParts parts) {
        this.signOffs = signOffs;
        this.looks = looks;
        this.settings = settings;
        this.ages = ages;
        this.budgetParts = budgetParts;
        this.parts = parts;
    }

    @GetMapping("/people/{id}/plan/sign-off/decision")
    @PreAuthorize(SignOffPageParts.AUTHORISERS)
    String decision(@PathVariable UUID id, Model model) {
        SignOffDecisionForm form = new SignOffDecisionForm();
        form.setActiveFrom(DateParts.of(ages.today()));
        return show(id, form, model);
    }

    @PostMapping("/people/{id}/plan/sign-off/decision")
    @PreAuthorize(SignOffPageParts.AUTHORISERS)
    String decide(@PathVariable UUID id, @ModelAttribute("form") SignOffDecisionForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes flash) {
        LocalDate from = form.getActiveFrom().toLocalDate().orElse(null);
        if (from == null && !form.getActiveFrom().isBlank()) {
            result.rejectValue("activeFrom", "signoff.error.activeFrom.format");
        }
        if (!result.hasErrors()) {
            try {
                SignOffStatus s = signOffs.signOff(id, new SignOffDecision(form.getConditions(), form.getTicked(), from));
                flash.addFlashAttribute("banner", s.stage() == SignOffStatus.Stage.SIGNED_OFF
                        ? parts.text("signoff.decision.done", s.last(SignOffStatus.Kind.SIGNED_OFF).orElseThrow().versionNumber())
                        : parts.text("signoff.decision.first"));
                return "redirect:/people/" + id + "/plan";
            } catch (RuleException e) {
                SignOffPageParts.refused(e, result);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(id, form, model);
    }

    private String show(UUID id, SignOffDecisionForm form, Model model) {
        BudgetView budget = budgetParts.addTo(model, id);
        budgetParts.addSpending(model, id, budget);
        model.addAttribute("status", looks.read(id).orElse(null));
        model.addAttribute("refusal", looks.refusal(id).orElse(null));
        model.addAttribute("criteria", settings.forPerson(id).criteria());
        model.addAttribute("partLabels", SignOffPageParts.partLabels());
        model.addAttribute("form", form);
        return "budget/sign-off-decision";
    }
}
