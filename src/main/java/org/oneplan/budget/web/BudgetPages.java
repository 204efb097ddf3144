package org.oneplan.budget.web;

import java.util.UUID;
import org.oneplan.budget.internal.BudgetView;
import org.oneplan.budget.internal.SignOffLooks;
import org.oneplan.people.People;
import org.oneplan.planning.SpendingMoney;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The personal budget and the spending plan of a person's plan on one page: the indicative budget, the s26
 * split, how it is managed, the direct payment, the spending plan's lines and allowance against the budget, and
 * what is still missing. When the plan does not say there will be a budget, the page says why and where to
 * answer.
 */
@Controller
class BudgetPages {

    private final BudgetPageParts parts;
    private final SpendingMoney money;
    private final People people;
    private final SignOffLooks looks;

    BudgetPages(BudgetPageParts parts, SpendingMoney money, People people, SignOffLooks looks) {
        this.parts = parts;
        this.money = money;
        this.people = people;
        this.looks = looks;
    }

    @GetMapping("/people/{id}/plan/budget")
    @PreAuthorize(BudgetPageParts.READERS)
    String budget(@PathVariable UUID id, Model model) {
        BudgetView budget = parts.addTo(model, id);
        // No change links while the plan is with the authoriser: nothing in it may change until they decide.
        boolean paused = looks.withAuthoriser(id);
        model.addAttribute("paused", paused);
        model.addAttribute("mayPlan", !paused && people.mayPlanFor(id));
        if (!budget.expected()) {
            model.addAttribute("money", money.find(id).orElse(null));
            return "budget/budget";
        }
        parts.addSpending(model, id, budget);
        return "budget/budget";
    }
}
