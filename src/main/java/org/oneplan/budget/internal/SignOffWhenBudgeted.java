package org.oneplan.budget.internal;

import java.util.UUID;
import org.oneplan.planning.SignOffGate;
import org.springframework.stereotype.Component;

/** A plan that says the person will have a personal budget needs signing off before it becomes an agreed version. */
@Component
class SignOffWhenBudgeted implements SignOffGate {

    private final BudgetGuard guard;

    SignOffWhenBudgeted(BudgetGuard guard) {
        this.guard = guard;
    }

    @Override
    public boolean needsSignOff(UUID planId, UUID personId) {
        return guard.expected(personId);
    }
}
