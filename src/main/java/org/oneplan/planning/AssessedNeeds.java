package org.oneplan.planning;

import java.util.Optional;
import java.util.UUID;

/**
 * The plan's assessed needs against the Care Act eligibility outcomes and the eligibility decision
 * (Care Act s25(1)(a)-(c)). Read by whoever may see the person; written by those who may plan with them.
 * Every read and change is audited, without the words themselves.
 */
public interface AssessedNeeds {

    /** The needs, decision and advice, if the person's plan has been started; empty otherwise. */
    Optional<NeedsView> find(UUID personId);

    /** The section's status for the plan's task list; reveals no words, so it is not audited as a read. */
    PlanView.SectionStatus statusOf(UUID personId);

    /**
     * Records one need, by its eligibility outcome's code. {@code expectedVersion} is the need's version as
     * the writer saw it, null when it had not been assessed.
     */
    NeedView record(UUID personId, String code, NeedDraft draft, Long expectedVersion);

    /** Records the eligibility decision; MEETS is refused unless two or more outcomes are marked unable. */
    EligibilityView decide(UUID personId, EligibilityDecision decision, String reason, Long expectedVersion);
}
