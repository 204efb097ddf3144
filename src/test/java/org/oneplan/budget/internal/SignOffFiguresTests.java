package org.oneplan.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.budget.SignOffStatus.Kind;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.workingdays.WorkingDays;
import org.springframework.beans.factory.annotation.Autowired;

/** A dashboard row from a made-up history, on Friday 10 April 2026 (Easter Monday was the 6th). */
@OnePlanSpringBootTest
class SignOffFiguresTests {

    static final Clock FRIDAY_10_APRIL = Clock.fixed(Instant.parse("2026-04-10T11:00:00Z"), ZoneOffset.UTC);

    @Autowired WorkingDays workingDays;

    record Row(UUID signOffId, UUID personId, Instant firstSubmittedAt, Kind kind, Instant takenAt)
            implements SignOffRepository.HistoryRow {
        public UUID getSignOffId() { return signOffId; }
        public UUID getPersonId() { return personId; }
        public Instant getFirstSubmittedAt() { return firstSubmittedAt; }
        public Kind getKind() { return kind; }
        public Instant getTakenAt() { return takenAt; }
    }

    final List<Row> history = new ArrayList<>();

    /** A plan first sent on {@code sent}, with the given steps, each on a date at 10:00 UTC. */
    void plan(String sent, Object... kindsAndDates) {
        UUID id = UUID.randomUUID();
        Instant first = Instant.parse(sent + "T10:00:00Z");
        for (int i = 0; i < kindsAndDates.length; i += 2) {
            history.add(new Row(id, UUID.randomUUID(), first, (Kind) kindsAndDates[i],
                    Instant.parse(kindsAndDates[i + 1] + "T10:00:00Z")));
        }
    }

    @Test
    void timesToSignOffThisMonthAndOverTheYearReturnsAndWaitingPlansByBand() {
        plan("2026-04-01", Kind.SUBMITTED, "2026-04-01", Kind.SIGNED_OFF, "2026-04-09");
        plan("2026-03-30", Kind.SUBMITTED, "2026-03-30", Kind.RETURNED, "2026-03-31", Kind.RESUBMITTED, "2026-04-01",
                Kind.RETURNED, "2026-04-02", Kind.RESUBMITTED, "2026-04-07", Kind.SIGNED_OFF, "2026-04-08");
        plan("2026-01-05", Kind.SUBMITTED, "2026-01-05", Kind.SIGNED_OFF, "2026-01-30");
        plan("2026-04-08", Kind.SUBMITTED, "2026-04-08");
        SignOffAges ages = new SignOffAges(workingDays, FRIDAY_10_APRIL);
        SignOffFigures f = SignOffFigures.of("North", List.copyOf(history), List.of(0, 5, 6, 10, 11, 30),
                LocalDate.of(2026, 4, 10), 10, ages);
        assertThat(f.upTo5()).isEqualTo(2);
        assertThat(f.upTo10()).isEqualTo(2);
        assertThat(f.over10()).isEqualTo(2);
        assertThat(f.monthCount()).isEqualTo(2);
        assertThat(f.monthMedian()).isEqualTo(4.5);
        assertThat(f.monthP90()).isEqualTo(5);
        assertThat(f.yearCount()).isEqualTo(3);
        assertThat(f.yearMedian()).isEqualTo(5.0);
        assertThat(f.yearP90()).isEqualTo(19);
        assertThat(f.withinTarget()).isEqualTo(2);
        assertThat(f.sent()).isEqualTo(4);
        assertThat(f.returnedPlans()).isEqualTo(1);
        assertThat(f.returns()).isEqualTo(2);
        assertThat(f.returnsPerPlan()).isEqualTo(0.5);
    }

    @Test
    void withNoHistoryThereAreNoTimesAndNoReturnsPerPlan() {
        SignOffFigures f = SignOffFigures.of(null, List.of(), List.of(), LocalDate.of(2026, 4, 10), 10,
                new SignOffAges(workingDays, FRIDAY_10_APRIL));
        assertThat(f.monthMedian()).isNull();
        assertThat(f.yearP90()).isNull();
        assertThat(f.returnsPerPlan()).isNull();
        assertThat(f.sent()).isZero();
    }
}
