package org.oneplan.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.UUID;
import org.oneplan.budget.BudgetSummary;
import org.oneplan.budget.Budgets;
import org.oneplan.budget.SignOffStatus;
import org.oneplan.budget.SignOffs;
import org.oneplan.budget.internal.MoneyWords;
import org.oneplan.budget.internal.SignOffLooks;
import org.oneplan.budget.internal.SignOffSettings;
import org.oneplan.planning.PlanState;
import org.oneplan.planning.PlanStatus;
import org.oneplan.planning.PlanVersions;
import org.oneplan.web.RuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sending the plan for sign-off, for those who may plan with the person: where it is up to, what is still
 * missing, the reasons of a return, how many authorisers it needs, and the organisation's criteria the authoriser
 * will judge it by, before the button that sends it.
 */
@Controller
class SignOffPages {

    private final SignOffs signOffs;
    private final SignOffLooks looks;
    private final SignOffSettings settings;
    private final PlanVersions versions;
    private final Budgets budgets;
    private final MoneyWords words;
    private final SignOffPageParts parts;

    SignOffPages(SignOffs signOffs, SignOffLooks looks, SignOffSettings settings, PlanVersions versions,
                 Budgets budgets, MoneyWords words, SignOffPageParts parts) {
        this.signOffs = signOffs;
        this.looks = looks;
        this.settings = settings;
        this.versions = versions;
        this.budgets = budgets;
        this.words = words;
        this.parts = parts;
    }

    @GetMapping("/people/{id}/plan/sign-off")
    @PreAuthorize(SignOffPageParts.PLANNERS)
    String show(@PathVariable UUID id, Model model) {
        return show(id, model, null);
    }

    @PostMapping("/people/{id}/plan/sign-off")
    @PreAuthorize(SignOffPageParts.PLANNERS)
    String submit(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes flash) {
        try {
            SignOffStatus sent = signOffs.submit(id);
            flash.addFlashAttribute("banner", parts.text(sent.authorisersNeeded() > 1 ? "signoff.submit.doneTwo"
                    : "signoff.submit.done"));
            return "redirect:/people/" + id + "/plan";
        } catch (RuleException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(id, model, e);
        }
    }

    private String show(UUID id, Model model, RuleException refused) {
        parts.person(model, id);
        PlanState state = versions.state(id);
        SignOffStatus status = looks.read(id).orElse(null);
        SignOffSettings.Applying applying = settings.forPerson(id);
        BigDecimal whole = budgets.summary(id).map(BudgetSummary::wholePerYear).orElse(null);
        model.addAttribute("state", state);
        boolean awaiting = state.status() == PlanStatus.AGREED_AWAITING_SIGN_OFF;
        boolean waiting = status != null && status.stage() == SignOffStatus.Stage.WITH_AUTHORISER;
        model.addAttribute("awaiting", awaiting);
        model.addAttribute("waiting", waiting);
        model.addAttribute("sendable", awaiting && !waiting);
        model.addAttribute("status", status);
        model.addAttribute("reasons", SignOffPageParts.reasons(status));
        model.addAttribute("criteria", applying.criteria());
        model.addAttribute("wholePerYear", whole == null ? null : words.yearly(whole));
        model.addAttribute("authorisers", applying.authorisersFor(whole));
        SignOffPageParts.formWithout(model, refused);
        return "budget/sign-off-submit";
    }
}
