package org.oneplan.planning;

import java.util.Optional;
import java.util.UUID;

/**
 * Question 4 of the plan, "How will you spend your money?": for now only whether the person will have a
 * personal budget. Read by whoever may see the person; answered by those who may plan with them; audited.
 */
public interface SpendingMoney {

    /** The answer, if the plan is started and the question answered; empty otherwise. */
    Optional<MoneyView> find(UUID personId);

    /** Not started when unanswered; completed when there will be no personal budget; otherwise in progress. */
    PlanView.SectionStatus statusOf(UUID personId);

    /** True or false once answered yes or no; empty while unanswered or not known yet. Not audited as a read. */
    Optional<Boolean> hasPersonalBudget(UUID personId);

    /** {@code expectedVersion} is the answer's version as the writer saw it, null when they saw none. */
    MoneyView answer(UUID personId, BudgetAnswer budget, String note, Long expectedVersion);
}
