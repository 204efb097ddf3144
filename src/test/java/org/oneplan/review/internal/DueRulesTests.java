package org.oneplan.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When a formal review is due after each agreement, and after a review. */
class DueRulesTests {

    static final LocalDate AGREED = LocalDate.of(2026, 3, 2);

    @Test
    void withNoArrangedDateTheReviewIsDueSixMonthsAfterAgreementByDefault() {
        assertThat(DueRules.due(AGREED, null, 6)).isEqualTo(LocalDate.of(2026, 9, 2));
    }

    @Test
    void theArrangedDateCountsWhenItIsNoLaterThanTheOrganisationAllows() {
        assertThat(DueRules.due(AGREED, LocalDate.of(2026, 7, 1), 6)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(DueRules.due(AGREED, LocalDate.of(2027, 1, 1), 6)).isEqualTo(LocalDate.of(2026, 9, 2));
        assertThat(DueRules.due(AGREED, LocalDate.of(2027, 1, 1), 12)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(DueRules.due(AGREED, null, 3)).isEqualTo(LocalDate.of(2026, 6, 2));
    }

    @Test
    void aNewPlansFirstReviewFallsSixToEightWeeksAfterItsFirstAgreement() {
        assertThat(DueRules.firstReviewFrom(AGREED)).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(DueRules.firstReviewBy(AGREED)).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    @Test
    void daysLateCountFromTheDayAfterItWasDue() {
        LocalDate due = LocalDate.of(2026, 9, 2);
        assertThat(DueRules.daysLate(due, due.minusDays(3))).isZero();
        assertThat(DueRules.daysLate(due, due)).isZero();
        assertThat(DueRules.daysLate(due, LocalDate.of(2026, 9, 14))).isEqualTo(12);
    }

    @Test
    void theScheduleTakesTheFirstReviewRuleOnlyFromANewPlansFirstAgreement() {
        ReviewSchedule schedule = new ReviewSchedule(UUID.randomUUID());
        schedule.agreed(1, AGREED, AGREED.plusMonths(5), 6, true);
        assertThat(schedule.dueOn()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(schedule.view(AGREED).firstReview()).isTrue();
        assertThat(schedule.view(AGREED).earliest()).isEqualTo(LocalDate.of(2026, 4, 13));

        schedule.agreed(2, AGREED.plusWeeks(3), AGREED.plusMonths(5), 6, true);
        assertThat(schedule.dueOn()).as("a change agreed before the first review does not put it off")
                .isEqualTo(LocalDate.of(2026, 4, 27));

        schedule.reviewed(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 10, 1));
        schedule.agreed(3, LocalDate.of(2026, 4, 22), LocalDate.of(2026, 10, 1), 6, true);
        assertThat(schedule.dueOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(schedule.view(AGREED).firstReview()).isFalse();
    }

    @Test
    void anOrganisationWithoutTheFirstReviewRuleReviewsOnTheArrangedDate() {
        ReviewSchedule schedule = new ReviewSchedule(UUID.randomUUID());
        schedule.agreed(1, AGREED, AGREED.plusMonths(5), 6, false);
        assertThat(schedule.dueOn()).isEqualTo(AGREED.plusMonths(5));
        assertThat(schedule.view(AGREED.plusMonths(5).plusDays(4)).daysLate()).isEqualTo(4);
    }

    @Test
    void noReviewIn12MonthsMeansBeforeThisDayLastYear() {
        assertThat(DueRules.notReviewedBefore(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2025, 11, 30));
    }
}
