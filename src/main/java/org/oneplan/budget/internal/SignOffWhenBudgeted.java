package org.oneplan.budget.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.planning.SignOffGate;
import org.springframework.stereotype.Component;

/**
 * A plan that says the person will have a personal budget needs signing off before it becomes an agreed version;
 * while its sign-off is with the authoriser, nothing in it may change.
 */
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

    @Override
    public Optional<Instant> withAuthoriserSince(UUID planId, UUID personId) {
        return guard.withAuthoriserSince(planId, personId);
    }
}
