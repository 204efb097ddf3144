package org.oneplan.review;

import java.util.Map;
import java.util.UUID;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.Whose;

/**
 * Writing the person-centred review record, part by part, while the review is in progress. Read by whoever may see
 * the person; written by those who may plan with them. {@code expectedVersion} is the record's version as the writer
 * saw it: a different one means someone else saved first, and nothing is written. Every read and change is audited.
 */
public interface ReviewRecords {

    ReviewRecord find(UUID personId, UUID reviewId);

    ReviewRecord participants(UUID personId, UUID reviewId, ReviewRecord.Participants participants, long expectedVersion);

    ReviewRecord answer(UUID personId, UUID reviewId, ReviewPart part, Answer answer, long expectedVersion);

    ReviewRecord addStatement(UUID personId, UUID reviewId, StatementDraft statement, long expectedVersion);

    /** @param index the statement's place in the record's list, from 0 */
    ReviewRecord removeStatement(UUID personId, UUID reviewId, int index, long expectedVersion);

    /** Records progress on one of the plan's current outcomes. */
    ReviewRecord outcome(UUID personId, UUID reviewId, UUID outcomeId, OutcomeDraft progress, long expectedVersion);

    ReviewRecord addOutcome(UUID personId, UUID reviewId, Answer outcome, long expectedVersion);

    ReviewRecord removeOutcome(UUID personId, UUID reviewId, UUID newOutcomeId, long expectedVersion);

    /**
     * Whether each of the plan's actions carries on or is closed, replacing what was decided before. An action left
     * out is not decided: until it is, it is closed when it is done or no longer needed and carries on otherwise
     * ({@link ActionDecision#untilDecided}), and completing the review does the same.
     */
    ReviewRecord actions(UUID personId, UUID reviewId, Map<UUID, ActionDecision> decisions, long expectedVersion);

    /** A new SMART action; its outcome is one of the plan's outcomes kept by the review, or a new one. */
    ReviewRecord addAction(UUID personId, UUID reviewId, ActionDraft action, long expectedVersion);

    ReviewRecord removeAction(UUID personId, UUID reviewId, int index, long expectedVersion);

    ReviewRecord decisions(UUID personId, UUID reviewId, ReviewRecord.Decisions decisions, long expectedVersion);

    ReviewRecord workingTogether(UUID personId, UUID reviewId, ReviewRecord.WorkingTogether answers,
                                 long expectedVersion);

    /** Words in the record and whose they are (a supporter or practitioner is named). */
    record Answer(String text, Whose whose, String whoseName) {
    }

    record StatementDraft(Boolean working, Perspective perspective, String whoseName, String text) {
    }

    /** @param rating the person's own, from 1 (no progress) to 10 (all they wanted) */
    record OutcomeDraft(Progress progress, Integer rating, String notes, String newWording, Whose wordingWhose,
                        String wordingWhoseName, String options, boolean prioritised) {
    }
}
