package org.oneplan.planning;

import java.util.Optional;
import java.util.UUID;

/**
 * Each person's one plan. Only people who may see the person see it; only those who may plan with them
 * change it. Every read and change is audited; a refusal looks like a missing record and is audited too.
 */
public interface CarePlans {

    /** The person's plan, if it has been started; empty otherwise. */
    Optional<PlanView> find(UUID personId);

    /**
     * The id of the person's plan, if it has been started, for another part of OnePlan that keeps its own part
     * of the plan (the budget): access is checked, but no look at the plan is audited, as no words are read.
     */
    Optional<UUID> idOf(UUID personId);

    /** Opens the person's plan in draft; if they already have one, that one. */
    PlanView start(UUID personId);

    /**
     * Writes one answer. {@code expectedVersion} is the answer's version as the writer saw it (null if
     * there was none): a different one means someone else saved first, and nothing is written. The person
     * and the supporters they share with may write {@link PlanPrompt#theirOwn() their own} answers: theirs
     * are recorded as the person's words, or as the supporter's by name, whatever {@code whose} says.
     */
    PlanView write(UUID personId, PlanPrompt prompt, String text, Whose whose, String whoseName, Long expectedVersion);

    /** Whether the signed-in user writes in the plan as the person or their supporter rather than as staff. */
    boolean writesOwnWords(UUID personId);
}
