package org.oneplan.review;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.ProgressView;
import org.oneplan.planning.Whose;
import org.oneplan.planning.Words;

/**
 * A person-centred review as the caller may see it: when and why it happened, each part of the record as written, and
 * the plan's outcomes and actions it looks back on (as they stand now, with how each action is getting on, until it is
 * completed). {@code gaps} is what must still be written before it can be completed; {@code version} is the record's,
 * for changing it.
 */
public record ReviewRecord(UUID id, UUID personId, ReviewType type, ReviewStatus status, LocalDate reviewOn,
                           String whatHappened, UUID requestId, LocalDate completedOn, String completedBy,
                           Participants participants, Map<ReviewPart, Words> answers, List<Statement> statements,
                           List<OutcomeReview> outcomes, List<NewOutcome> newOutcomes, List<ActionChoice> actions,
                           List<ActionDraft> newActions, Decisions decisions, WorkingTogether workingTogether,
                           List<OutcomeView> planOutcomes, List<PlanAction> planActions, List<Gap> gaps,
                           long version) {

    /** Who took part; the person decides who is invited, and an advocate is named when one took part. */
    public record Participants(Boolean personTookPart, Boolean personChoseWho, String names, String advocate) {
    }

    /** Something working or not working, from someone's perspective, in the words of the person named. */
    public record Statement(boolean working, Perspective perspective, String whoseName, String text, String writtenBy,
                            Instant writtenAt) {
    }

    /**
     * Progress on one outcome of the plan, with the person's own rating (1 to 10) and notes, new wording when the
     * outcome changes (whose words it is), the options considered and whether to prioritise it.
     */
    public record OutcomeReview(UUID outcomeId, String outcomeText, Progress progress, Integer rating, String notes,
                                String newWording, Whose wordingWhose, String wordingWhoseName, String options,
                                boolean prioritised) {
    }

    /** A new outcome the plan will gain, in someone's words; new actions may serve it by its {@code id}. */
    public record NewOutcome(UUID id, String text, Whose whose, String whoseName) {
    }

    /** Whether an action of the plan carries on or is closed. */
    public record ActionChoice(UUID actionId, String actionText, ActionDecision decision) {
    }

    /**
     * One of the plan's actions as the review looks back on it: the action (its fields, in JSON), how it is getting
     * on, and what the review does with it as things stand: the decision recorded ({@code decided}), or else
     * {@link ActionDecision#untilDecided by its progress}.
     */
    public record PlanAction(@JsonUnwrapped ActionView action, ProgressView progress, ActionDecision decision,
                             boolean decided) {
    }

    /** Whether a reassessment is needed, whether the budget needs to change (each with why), and the next review. */
    public record Decisions(Boolean reassessmentNeeded, String reassessmentWhy, Boolean budgetNeedsToChange,
                            String budgetWhy, LocalDate nextReview) {

        public static final Decisions NONE = new Decisions(null, null, null, null, null);
    }

    /**
     * For Working Together for Change: the person's top two things working and not working, what they want for the
     * future, and whether they consent to these being used, anonymised, to improve services (null until asked).
     */
    public record WorkingTogether(String working1, String working2, String notWorking1, String notWorking2,
                                  String future, Boolean consent) {

        public static final WorkingTogether NONE = new WorkingTogether(null, null, null, null, null, null);

        public List<String> working() {
            return present(working1, working2);
        }

        public List<String> notWorking() {
            return present(notWorking1, notWorking2);
        }

        public List<String> futures() {
            return present(future);
        }

        private static List<String> present(String... texts) {
            return Arrays.stream(texts).filter(t -> t != null && !t.isBlank()).toList();
        }
    }

    /** Something still to write before completing, by its message key and the part of the record to write it in. */
    public record Gap(String messageKey, String part) {
    }

    public boolean open() {
        return status == ReviewStatus.IN_PROGRESS;
    }
}
