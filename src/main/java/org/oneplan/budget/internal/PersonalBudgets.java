package org.oneplan.budget.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.EligibilityOutcomes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's personal budget: read by whoever may see the person, recorded part by part by those who may plan
 * with them once the plan says there will be a budget. Every change names the budget's version as its writer
 * saw it (null when nothing was recorded). Every read and change is audited, without amounts or words.
 */
@Service
@Transactional
public class PersonalBudgets {

    private final PersonalBudgetRepository budgets;
    private final BudgetReader reader;
    private final BudgetGuard guard;
    private final Set<String> needCodes;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    PersonalBudgets(PersonalBudgetRepository budgets, BudgetReader reader, BudgetGuard guard,
                    EligibilityOutcomes eligibility, CurrentUsers users, AuditTrail audit, Clock clock) {
        this.budgets = budgets;
        this.reader = reader;
        this.guard = guard;
        this.needCodes = eligibility.all().stream().map(EligibilityOutcomes.Outcome::code).collect(Collectors.toSet());
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The budget and spending plan of the person's plan; missing when the plan has not been started. */
    @Transactional(readOnly = true)
    public BudgetView find(UUID personId) {
        BudgetView view = reader.view(guard.planOf(personId), personId);
        audit.record(AuditAction.VIEWED, BudgetGuard.RECORD_TYPE, personId, "Viewed the personal budget");
        return view;
    }

    public BudgetView recordIndicative(UUID personId, Indicative indicative, Long expectedVersion) {
        return change(personId, b -> b.recordIndicative(indicative, LocalDate.now(clock), expectedVersion, signature()),
                "Recorded the indicative budget");
    }

    public BudgetView recordSplit(UUID personId, Split split, Long expectedVersion) {
        return change(personId, b -> b.recordSplit(split, expectedVersion, signature()), "Recorded the personal budget");
    }

    public BudgetView decideDeployment(UUID personId, Deployment deployment, Long expectedVersion) {
        return change(personId, b -> b.decideDeployment(deployment, expectedVersion, signature()),
                "Recorded how the personal budget is managed");
    }

    public BudgetView recordDirectPayment(UUID personId, DirectPayment payment, Long expectedVersion) {
        return change(personId, b -> b.recordDirectPayment(payment, needCodes, expectedVersion, signature()),
                "Recorded the direct payment");
    }

    public BudgetView setAllowance(UUID personId, Allowance allowance, Long expectedVersion) {
        return change(personId, b -> b.setAllowance(allowance, expectedVersion, signature()),
                "Recorded the flexible allowance");
    }

    /**
     * Records every part given (a null part stays as it is), all at the version the writer saw, or none of them;
     * an allowance with no amount takes the allowance away.
     */
    public BudgetView save(UUID personId, BudgetChanges c, Long expectedVersion) {
        LocalDate today = LocalDate.now(clock);
        return change(personId, b -> {
            Signature by = signature();
            if (c.indicative() != null) {
                b.recordIndicative(c.indicative(), today, expectedVersion, by);
            }
            if (c.split() != null) {
                b.recordSplit(c.split(), expectedVersion, by);
            }
            if (c.deployment() != null) {
                b.decideDeployment(c.deployment(), expectedVersion, by);
            }
            if (c.directPayment() != null) {
                b.recordDirectPayment(c.directPayment(), needCodes, expectedVersion, by);
            }
            if (c.allowance() != null) {
                b.setAllowance(c.allowance(), expectedVersion, by);
            }
        }, "Changed the personal budget");
    }

    /** Makes the person's budget active from the given date; for sign-off, once the plan is signed off. */
    void activate(UUID personId, LocalDate from) {
        guard.visible(personId);
        PersonalBudget budget = budgets.findByPersonId(personId)
                .orElseThrow(() -> new BudgetRuleException("budget", "budget.error.notStarted"));
        budget.activate(from);
        budgets.saveAndFlush(budget);
        audit.record(AuditAction.UPDATED, BudgetGuard.RECORD_TYPE, personId, "Made the personal budget active");
    }

    /** The plan's budget, created (nothing recorded) the first time anything is written to it. */
    PersonalBudget budgetOf(UUID planId, UUID personId) {
        return budgets.findByPlanId(planId).orElseGet(() -> new PersonalBudget(planId, personId, signature()));
    }

    private BudgetView change(UUID personId, Consumer<PersonalBudget> change, String detail) {
        UUID planId = guard.plannable(personId);
        PersonalBudget budget = budgetOf(planId, personId);
        change.accept(budget);
        budgets.saveAndFlush(budget);
        audit.record(AuditAction.UPDATED, BudgetGuard.RECORD_TYPE, personId, detail);
        return reader.view(planId, personId);
    }

    private Signature signature() {
        return new Signature(users.require().username(), Instant.now(clock));
    }
}
