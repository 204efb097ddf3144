package org.oneplan.budget.api;

import java.util.UUID;
import org.oneplan.budget.internal.BudgetView;
import org.oneplan.budget.internal.PersonalBudgets;
import org.oneplan.planning.PlanJsonField;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The plan's JSON carries the budget as its {@code budget} field: null when there is none and none is expected. */
@Component
class BudgetPlanJsonField implements PlanJsonField {

    private final PersonalBudgets budgets;
    private final MessageSource messages;

    BudgetPlanJsonField(PersonalBudgets budgets, MessageSource messages) {
        this.budgets = budgets;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "budget";
    }

    @Override
    public Object valueFor(UUID personId) {
        BudgetView view = budgets.find(personId);
        return view.expected() || view.started() ? BudgetJson.of(view, messages) : null;
    }
}
