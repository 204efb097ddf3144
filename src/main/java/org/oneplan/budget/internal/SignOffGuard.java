package org.oneplan.budget.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.People;
import org.oneplan.planning.AgreedPlans;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in a sign-off: those who may plan with the person send it; authorisers of the person's teams
 * decide. A person the caller may not see looks missing; a refused step is audited. It also knows who wrote the
 * plan as it stands (its answers and entries, the budget and the spending lines), for the separation of duties.
 */
@Component
class SignOffGuard {

    private final BudgetGuard budgets;
    private final BudgetReader reader;
    private final People people;
    private final AgreedPlans plans;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    SignOffGuard(BudgetGuard budgets, BudgetReader reader, People people, AgreedPlans plans, CurrentUsers users,
                 AuditTrail audit, Clock clock) {
        this.budgets = budgets;
        this.reader = reader;
        this.people = people;
        this.plans = plans;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    void visible(UUID personId) {
        budgets.visible(personId);
    }

    void planner(UUID personId) {
        visible(personId);
        refuseUnless(people.mayPlanFor(personId), personId, "Tried to send the plan for sign-off");
    }

    void decider(UUID personId) {
        visible(personId);
        refuseUnless(users.require().has(Role.AUTHORISER), personId, "Tried to decide on the plan's sign-off");
    }

    /** Who is taking a step now. */
    SignOffBy by() {
        CurrentUser user = users.require();
        return new SignOffBy(user.username(), user.displayName(), clock.instant());
    }

    /** The usernames of whoever last wrote anything in the plan as it stands, the budget included. */
    Set<String> writers(UUID personId) {
        Set<String> writers = new HashSet<>(plans.writers(personId));
        reader.started(personId).ifPresent(b -> {
            writers.add(b.writtenBy());
            b.lines().forEach(l -> writers.add(l.words().writtenBy()));
        });
        return writers;
    }

    private void refuseUnless(boolean allowed, UUID personId, String detail) {
        if (!allowed) {
            audit.record(AuditAction.REFUSED, BudgetGuard.RECORD_TYPE, personId, detail);
            throw new AccessDeniedException(detail);
        }
    }
}
