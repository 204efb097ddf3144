package org.oneplan.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.budget.internal.BudgetView;
import org.oneplan.budget.internal.Deployment;
import org.oneplan.budget.internal.DirectPayment;
import org.oneplan.budget.internal.PersonalBudgets;
import org.oneplan.planning.AssessedNeeds;
import org.oneplan.planning.NeedView;
import org.oneplan.planning.UnableToAchieve;
import org.oneplan.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How the budget is managed (direct payment, Individual Service Fund, managed account or a mix), and the direct payment. */
@Controller
class DeploymentPages {

    private final BudgetPageParts parts;
    private final PersonalBudgets budgets;
    private final AssessedNeeds needs;

    DeploymentPages(BudgetPageParts parts, PersonalBudgets budgets, AssessedNeeds needs) {
        this.parts = parts;
        this.budgets = budgets;
        this.needs = needs;
    }

    @GetMapping("/people/{id}/plan/budget/deployment")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String deployment(@PathVariable UUID id, Model model) {
        BudgetView b = parts.addTo(model, id);
        return b.expected() ? showDeployment(DeploymentForm.of(b.deployment(), b.version()), model)
                : BudgetPageParts.notExpected(id);
    }

    @PostMapping("/people/{id}/plan/budget/deployment")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String saveDeployment(@PathVariable UUID id, @ModelAttribute("form") DeploymentForm form, BindingResult result,
                          Model model, HttpServletResponse response, RedirectAttributes flash) {
        if (parts.saved(form, result, model, response, flash, "budget.deployment.saved",
                v -> budgets.decideDeployment(id, form.toDeployment(), v), () -> parts.budgetNow(id))) {
            BudgetView now = budgets.find(id);
            return now.directPaymentChosen() && now.directPayment() == null
                    ? "redirect:" + BudgetPageParts.budgetPage(id) + "/direct-payment"
                    : "redirect:" + BudgetPageParts.budgetPage(id) + "#deployment";
        }
        parts.addTo(model, id);
        return showDeployment(form, model);
    }

    @GetMapping("/people/{id}/plan/budget/direct-payment")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String directPayment(@PathVariable UUID id, Model model) {
        BudgetView b = parts.addTo(model, id);
        return b.expected() && b.directPaymentChosen()
                ? showDirectPayment(id, DirectPaymentForm.of(b.directPayment(), b.version()), model)
                : BudgetPageParts.notExpected(id);
    }

    @PostMapping("/people/{id}/plan/budget/direct-payment")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String saveDirectPayment(@PathVariable UUID id, @ModelAttribute("form") DirectPaymentForm form,
                             BindingResult result, Model model, HttpServletResponse response,
                             RedirectAttributes flash) {
        if (parts.saved(form, result, model, response, flash, "budget.dp.saved",
                v -> budgets.recordDirectPayment(id, form.toDirectPayment(), v), () -> parts.budgetNow(id))) {
            return "redirect:" + BudgetPageParts.budgetPage(id) + "#direct-payment";
        }
        parts.addTo(model, id);
        return showDirectPayment(id, form, model);
    }

    private String showDeployment(DeploymentForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("wayOptions", parts.options("budget.deployment.way.", Deployment.Way.values()));
        return "budget/deployment";
    }

    /** The needs offered are those assessed as unable to achieve or that the council will meet. */
    private String showDirectPayment(UUID id, DirectPaymentForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("holderOptions", parts.options("budget.dp.holder.", DirectPayment.Holder.values()));
        model.addAttribute("frequencyOptions", parts.options("budget.dp.frequency.", DirectPayment.Frequency.values()));
        model.addAttribute("needOptions", needs.find(id).map(n -> n.needs().stream()
                .filter(need -> need.councilWillMeet() || need.unable() == UnableToAchieve.YES
                        || form.getNeedCodes().contains(need.code()))
                .map(NeedView::outcome).map(o -> new Option(o.code(), o.label())).toList()).orElse(java.util.List.of()));
        return "budget/direct-payment";
    }
}
