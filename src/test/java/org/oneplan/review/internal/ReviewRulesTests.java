package org.oneplan.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Whose;
import org.oneplan.planning.Words;
import org.oneplan.review.Perspective;
import org.oneplan.review.Progress;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;
import org.oneplan.review.ReviewRuleException;
import org.oneplan.review.ReviewStatus;
import org.oneplan.review.ReviewType;
import org.oneplan.review.Reviews;

/** A review guards its own record: when it may be written, what it accepts, and what completing needs. */
class ReviewRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    final UUID person = UUID.randomUUID();
    final OutcomeView garden = outcome("I want to keep my garden going");

    @Test
    void aReviewForADayAheadIsScheduledAndOneHeldTodayIsInProgress() {
        assertThat(open(ReviewType.PLANNED, TODAY.plusDays(10), null).status()).isEqualTo(ReviewStatus.SCHEDULED);
        assertThat(open(ReviewType.PLANNED, TODAY, null).status()).isEqualTo(ReviewStatus.IN_PROGRESS);
    }

    @Test
    void anUnplannedReviewSaysWhatHappened() {
        assertThatThrownBy(() -> open(ReviewType.UNPLANNED, TODAY, " "))
                .isInstanceOf(ReviewRuleException.class).hasMessage("review.open.error.whatHappened");
        assertThat(open(ReviewType.UNPLANNED, TODAY, "A fall at home").whatHappened()).isEqualTo("A fall at home");
    }

    @Test
    void theRecordIsWrittenOnlyWhileTheReviewIsInProgress() {
        Review scheduled = open(ReviewType.PLANNED, TODAY.plusDays(3), null);
        assertThatThrownBy(() -> scheduled.addStatement(personSays("I like my carers"), "c", NOW))
                .hasMessage("review.error.notStarted");
        Review completed = complete(inProgress());
        assertThatThrownBy(() -> completed.addStatement(personSays("Too late"), "c", NOW))
                .hasMessage("review.error.completed");
    }

    @Test
    void aStatementFromAnyoneButThePersonNamesWhoseWordsItIs() {
        Review review = inProgress();
        assertThatThrownBy(() -> review.addStatement(new ReviewRecords.StatementDraft(false, Perspective.FAMILY, null,
                "Mum is lonely"), "c", NOW)).hasMessage("review.statement.error.whoseName");
        review.addStatement(new ReviewRecords.StatementDraft(false, Perspective.FAMILY, "David (son)", "Mum is lonely"),
                "c", NOW);
        assertThat(review.statements()).singleElement().extracting(ReviewRecord.Statement::whoseName)
                .isEqualTo("David (son)");
    }

    @Test
    void aNewActionServesOnlyAnOutcomeTheReviewKeepsOrANewOne() {
        Review review = inProgress();
        review.outcome(garden.id(), garden.words().text(), progress(Progress.ACHIEVED));
        assertThatThrownBy(() -> review.addAction(action(garden.id()), List.of(garden.id()), TODAY))
                .hasMessage("review.action.error.outcome");
        review.addOutcome(new ReviewRecords.Answer("I want to swim again", Whose.PERSON, null));
        UUID swim = review.newOutcomes().get(0).id();
        review.addAction(action(swim), List.of(garden.id()), TODAY);
        assertThat(review.newActions()).singleElement().extracting(ActionDraft::outcomeId).isEqualTo(swim);
        assertThatThrownBy(() -> review.removeOutcome(swim)).hasMessage("review.newOutcome.error.served");
    }

    @Test
    void completingNeedsWhoTookPartThePersonsOwnViewEveryOutcomeTheDecisionsAndTheirAnswerOnSharing() {
        Review review = inProgress();
        assertThat(CompletionCheck.gaps(review, List.of(garden))).extracting(ReviewRecord.Gap::messageKey)
                .containsExactly("review.gap.participants", "review.gap.personsPart", "review.gap.outcomes",
                        "review.gap.decisions", "review.gap.workingTogether");
        review.addStatement(new ReviewRecords.StatementDraft(true, Perspective.STAFF, "Priya", "Visits go well"), "c", NOW);
        assertThat(CompletionCheck.gaps(review, List.of(garden))).extracting(ReviewRecord.Gap::messageKey)
                .contains("review.gap.personsPart");
        fillIn(review);
        assertThat(CompletionCheck.gaps(review, List.of(garden))).isEmpty();
    }

    @Test
    void theNextReviewIsAfterTodayAndNoLaterThanTheOrganisationAllows() {
        Review review = inProgress();
        assertThatThrownBy(() -> review.decide(decisions(TODAY), TODAY, 6)).hasMessage("review.decisions.error.nextReview.past");
        assertThatThrownBy(() -> review.decide(decisions(TODAY.plusMonths(7)), TODAY, 6))
                .hasMessage("review.decisions.error.nextReview.tooLate");
        review.decide(decisions(TODAY.plusMonths(6)), TODAY, 6);
        assertThat(review.decisions().nextReview()).isEqualTo(TODAY.plusMonths(6));
    }

    @Test
    void thePersonAnswersWhetherTheirStatementsMayBeUsedForWorkingTogetherForChange() {
        Review review = inProgress();
        assertThatThrownBy(() -> review.together(new ReviewRecord.WorkingTogether("Joan visits", null, null, null,
                null, null))).hasMessage("review.together.error.consent");
        review.together(new ReviewRecord.WorkingTogether(" Joan visits ", "", "The bus", null, "Swim", false));
        assertThat(review.workingTogether().working()).containsExactly("Joan visits");
        assertThat(review.workingTogether().consent()).isFalse();
    }

    void fillIn(Review review) {
        review.participants(new ReviewRecord.Participants(true, true, "Ada and her son", null));
        review.addStatement(personSays("My garden keeps me going"), "c", NOW);
        review.outcome(garden.id(), garden.words().text(), progress(Progress.PARTLY));
        review.decide(decisions(TODAY.plusMonths(5)), TODAY, 6);
        review.together(new ReviewRecord.WorkingTogether("My garden", null, null, null, null, true));
    }

    Review open(ReviewType type, LocalDate on, String whatHappened) {
        return Review.open(person, new Reviews.Opening(type, on, whatHappened, null), TODAY, "coordinator", NOW);
    }

    Review inProgress() {
        return open(ReviewType.PLANNED, TODAY, null);
    }

    Review complete(Review review) {
        fillIn(review);
        review.complete(TODAY, "coordinator");
        return review;
    }

    static ReviewRecords.StatementDraft personSays(String text) {
        return new ReviewRecords.StatementDraft(true, Perspective.PERSON, null, text);
    }

    static ReviewRecords.OutcomeDraft progress(Progress progress) {
        return new ReviewRecords.OutcomeDraft(progress, 7, null, null, null, null, null, false);
    }

    static ReviewRecord.Decisions decisions(LocalDate next) {
        return new ReviewRecord.Decisions(false, null, false, null, next);
    }

    static ActionDraft action(UUID outcome) {
        return new ActionDraft("Ring the pool", ActionOwner.THE_PERSON, null, TODAY.plusWeeks(2), outcome,
                ActionLayer.COMMUNITY);
    }

    static OutcomeView outcome(String text) {
        return new OutcomeView(UUID.randomUUID(), new Words(text, Whose.PERSON, null, "c", NOW, 0), null, null, null,
                Set.of(), List.of());
    }
}
