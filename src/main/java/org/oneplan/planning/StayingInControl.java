package org.oneplan.planning;

import java.util.Optional;
import java.util.UUID;

/**
 * Question 6 of the plan, "How will you stay in control?": risks, contingency plans and sharing, for a
 * person whose plan has been started. Only people who may see the person read it; only those who may plan
 * with them change it. Every read and change is audited, without the words themselves.
 */
public interface StayingInControl {

    /** The section, if the person's plan has been started; empty otherwise. */
    Optional<ControlView> find(UUID personId);

    /** The section's status for the plan's task list; reveals no words, so it is not audited as a read. */
    PlanView.SectionStatus statusOf(UUID personId);

    /** One risk or contingency plan still in the plan, for changing it: not audited, like the other parts' entries. */
    ControlItem item(UUID personId, ControlList list, UUID itemId);

    /** Adds a risk or contingency plan; returns its id. */
    UUID add(UUID personId, ControlList list, ControlText text);

    /** Rewrites one; {@code expectedVersion} is its version as the writer saw it. */
    ControlItem change(UUID personId, ControlList list, UUID itemId, ControlText text, long expectedVersion);

    /** Takes one out of the plan; it is kept, but no longer shown. */
    void remove(UUID personId, ControlList list, UUID itemId, long expectedVersion);

    /** Records who the plan is shared with; {@code expectedVersion} is null when the writer saw none. */
    ControlView.Sharing share(UUID personId, String text, Whose whose, String whoseName, boolean noRisksDiscussed,
                              Long expectedVersion);
}
