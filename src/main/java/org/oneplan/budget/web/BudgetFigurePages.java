package org.oneplan.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.budget.internal.BudgetView;
import org.oneplan.budget.internal.Indicative;
import org.oneplan.budget.internal.Period;
import org.oneplan.budget.internal.PersonalBudgets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The budget's figures: the indicative budget, the personal budget's s26 split, and the flexible allowance. */
@Controller
class BudgetFigurePages {

    private static final Period[] BUDGET_PERIODS = {Period.WEEK, Period.YEAR};
    private static final Period[] ALLOWANCE_PERIODS = {Period.WEEK, Period.MONTH, Period.YEAR};

    private final BudgetPageParts parts;
    private final PersonalBudgets budgets;

    BudgetFigurePages(BudgetPageParts parts, PersonalBudgets budgets) {
        this.parts = parts;
        this.budgets = budgets;
    }

    @GetMapping("/people/{id}/plan/budget/indicative")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String indicative(@PathVariable UUID id, Model model) {
        BudgetView b = parts.addTo(model, id);
        return b.expected() ? show("indicative", IndicativeForm.of(b.indicative(), b.version()), model)
                : BudgetPageParts.notExpected(id);
    }

    @PostMapping("/people/{id}/plan/budget/indicative")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String saveIndicative(@PathVariable UUID id, @ModelAttribute("form") IndicativeForm form, BindingResult result,
                          Model model, HttpServletResponse response, RedirectAttributes flash) {
        return parts.saved(form, result, model, response, flash, "budget.indicative.saved",
                v -> budgets.recordIndicative(id, form.toIndicative(), v), () -> parts.budgetNow(id))
                ? done(id, "indicative") : again(id, "indicative", form, model);
    }

    @GetMapping("/people/{id}/plan/budget/split")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String split(@PathVariable UUID id, Model model) {
        BudgetView b = parts.addTo(model, id);
        return b.expected() ? show("split", SplitForm.of(b.split(), b.version()), model)
                : BudgetPageParts.notExpected(id);
    }

    @PostMapping("/people/{id}/plan/budget/split")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String saveSplit(@PathVariable UUID id, @ModelAttribute("form") SplitForm form, BindingResult result,
                     Model model, HttpServletResponse response, RedirectAttributes flash) {
        return parts.saved(form, result, model, response, flash, "budget.split.saved",
                v -> budgets.recordSplit(id, form.toSplit(), v), () -> parts.budgetNow(id))
                ? done(id, "split") : again(id, "split", form, model);
    }

    @GetMapping("/people/{id}/plan/budget/allowance")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String allowance(@PathVariable UUID id, Model model) {
        BudgetView b = parts.addTo(model, id);
        return b.expected() ? show("allowance", AllowanceForm.of(b.allowance(), b.version()), model)
                : BudgetPageParts.notExpected(id);
    }

    @PostMapping("/people/{id}/plan/budget/allowance")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String saveAllowance(@PathVariable UUID id, @ModelAttribute("form") AllowanceForm form, BindingResult result,
                         Model model, HttpServletResponse response, RedirectAttributes flash) {
        return parts.saved(form, result, model, response, flash, "budget.allowance.saved",
                v -> budgets.setAllowance(id, form.toAllowance(), v), () -> parts.budgetNow(id))
                ? done(id, "spending") : again(id, "allowance", form, model);
    }

    private String again(UUID id, String page, Object form, Model model) {
        parts.addTo(model, id);
        if (form instanceof SplitForm split) {
            split.withBlankLine();
        }
        return show(page, form, model);
    }

    private String show(String page, Object form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("periodOptions", parts.options("budget.period.",
                page.equals("allowance") ? ALLOWANCE_PERIODS : BUDGET_PERIODS));
        model.addAttribute("basisOptions", parts.options("budget.indicative.basis.", Indicative.Basis.values()));
        return "budget/" + page;
    }

    private static String done(UUID id, String anchor) {
        return "redirect:" + BudgetPageParts.budgetPage(id) + "#" + anchor;
    }
}
