package org.oneplan.planning;

import java.util.Optional;
import java.util.UUID;

/**
 * Question 3 of the plan, "How will you arrange your support?": for each outcome, the options considered
 * across every resource, whether each was chosen and why. Only people who may see the person read it; only
 * those who may plan with them change it. Every read and change is audited, without the words themselves.
 */
public interface SupportArrangements {

    /** The section, if the person's plan has been started; empty otherwise. */
    Optional<ArrangeView> find(UUID personId);

    /** The section's status for the plan's task list; reveals no words, so it is not audited as a read. */
    PlanView.SectionStatus statusOf(UUID personId);

    /** One option still in the plan; missing if it is another plan's or was removed. */
    SupportOption option(UUID personId, UUID optionId);

    /** Adds an option for one of the plan's current outcomes; returns its id. */
    UUID add(UUID personId, UUID outcomeId, OptionDraft draft);

    /** Rewrites one; {@code expectedVersion} is its version as the writer saw it. */
    SupportOption change(UUID personId, UUID optionId, OptionDraft draft, long expectedVersion);

    /** Takes one out of the plan; it is kept, but no longer shown. */
    void remove(UUID personId, UUID optionId, long expectedVersion);
}
