package org.oneplan.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.ProgressChange;
import org.oneplan.web.StaleRecordException;

/** The rules an action's progress guards, whatever page or API records it. */
class ActionProgressTests {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    final ActionProgress progress = new ActionProgress(UUID.randomUUID(), UUID.randomUUID());

    @Test
    void anActionNotYetTrackedIsNotStartedAtVersionZero() {
        assertThat(progress.status()).isEqualTo(ActionStatus.NOT_STARTED);
        assertThat(progress.version()).isZero();
    }

    @Test
    void noLongerNeededIsRefusedWithoutAReasonAndKeepsTheReasonGiven() {
        assertThatThrownBy(() -> progress.record(new ProgressChange(ActionStatus.NO_LONGER_NEEDED, "  ", null), 0L, "Sam", NOW))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("progress.error.reason.required");
                });
        assertThat(progress.status()).isEqualTo(ActionStatus.NOT_STARTED);
        var entry = progress.record(new ProgressChange(ActionStatus.NO_LONGER_NEEDED, " A neighbour drives her ", null),
                0L, "Sam", NOW).view();
        assertThat(progress.status()).isEqualTo(ActionStatus.NO_LONGER_NEEDED);
        assertThat(progress.reason()).isEqualTo("A neighbour drives her");
        assertThat(entry.status()).isEqualTo(ActionStatus.NO_LONGER_NEEDED);
        assertThat(entry.reason()).isEqualTo("A neighbour drives her");
        assertThat(entry.writtenBy()).isEqualTo("Sam");
    }

    @Test
    void aReasonIsKeptOnlyForNoLongerNeeded() {
        var entry = progress.record(new ProgressChange(ActionStatus.DONE, "stray words", "Went on Tuesday"), 0L, "Sam", NOW);
        assertThat(progress.reason()).isNull();
        assertThat(entry.view().reason()).isNull();
        assertThat(entry.view().note()).isEqualTo("Went on Tuesday");
    }

    @Test
    void aChangeOfStatusNeedsTheVersionTheWriterSaw() {
        assertThatThrownBy(() -> progress.record(new ProgressChange(ActionStatus.DONE, null, null), null, "Sam", NOW))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> progress.record(new ProgressChange(ActionStatus.DONE, null, null), 3L, "Sam", NOW))
                .isInstanceOf(StaleRecordException.class);
        assertThat(progress.status()).isEqualTo(ActionStatus.NOT_STARTED);
        progress.record(new ProgressChange(ActionStatus.IN_PROGRESS, null, null), 0L, "Sam", NOW);
        assertThat(progress.changedBy()).isEqualTo("Sam");
        assertThat(progress.changedAt()).isEqualTo(NOW);
    }

    @Test
    void aNoteAloneLeavesTheStatusAndNeedsNoVersion() {
        var entry = progress.record(new ProgressChange(ActionStatus.NOT_STARTED, null, " Rang, no answer "), null, "Ann", NOW);
        assertThat(entry.changesStatus()).isFalse();
        assertThat(entry.view().note()).isEqualTo("Rang, no answer");
        assertThat(progress.changedBy()).isNull();
        assertThat(progress.record(new ProgressChange(null, null, "Rang again"), 7L, "Ann", NOW).changesStatus())
                .as("whatever version the writer saw").isFalse();
    }

    @Test
    void nothingToRecordIsRefused() {
        assertThatThrownBy(() -> progress.record(new ProgressChange(ActionStatus.NOT_STARTED, null, "  "), 0L, "Sam", NOW))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("progress.error.nothing"));
    }

    @Test
    void aNoteOrReasonTooLongIsRefused() {
        assertThatThrownBy(() -> progress.record(new ProgressChange(null, null, "n".repeat(2001)), null, "Sam", NOW))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThatThrownBy(() -> progress.record(new ProgressChange(ActionStatus.NO_LONGER_NEEDED, "r".repeat(1001), null),
                0L, "Sam", NOW)).isInstanceOfSatisfying(PlanRuleException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }
}
