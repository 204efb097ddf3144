package org.oneplan.planning;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outcomes of a person's plan (question 2). Read by whoever may see the person; written by those who
 * may plan with them; removing keeps the outcome on record. Every read and change is audited.
 */
public interface Outcomes {

    List<OutcomeView> of(UUID personId);

    OutcomeView one(UUID personId, UUID outcomeId);

    OutcomeView add(UUID personId, OutcomeDraft draft);

    /** {@code expectedVersion} is the outcome's version as the writer saw it. */
    OutcomeView change(UUID personId, UUID outcomeId, OutcomeDraft draft, long expectedVersion);

    void remove(UUID personId, UUID outcomeId);

    /** Removes it only if it is still at {@code expectedVersion}, the version the remover saw. */
    void remove(UUID personId, UUID outcomeId, long expectedVersion);

    /**
     * The words of each outcome still in the plan, by id, in the plan's order, for another part of the plan
     * writing its version or its part of the check (see {@link PlanPart}): its caller has checked access,
     * so this neither checks nor audits.
     */
    Map<UUID, String> wordsOf(UUID planId);
}
