package org.oneplan.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.planning.PlanRuleException;

/** A plan that needs signing off remembers the content the person agreed, until it is signed off or returned. */
class CarePlanSignOffTests {

    final CarePlan plan = new CarePlan(UUID.randomUUID(), "coordinator", Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void thePersonAgreesOnlyTheContentThatWasMarkedReadyAndItThenWaitsForSignOff() {
        assertThatThrownBy(() -> plan.awaitSignOff("hash-1")).isInstanceOf(PlanRuleException.class);
        plan.markReady("hash-1");
        assertThatThrownBy(() -> plan.awaitSignOff("hash-2")).isInstanceOf(PlanRuleException.class);
        plan.awaitSignOff("hash-1");
        assertThat(plan.awaitingSignOffWith("hash-1")).isTrue();
        assertThat(plan.awaitingSignOffWith("hash-2")).isFalse();
        assertThat(plan.readyWith("hash-1")).isFalse();
    }

    @Test
    void aReturnOrASignOffMakesItADraftThatNeedsMarkingReadyAgain() {
        plan.markReady("hash-1");
        plan.awaitSignOff("hash-1");
        plan.backToDraft();
        assertThat(plan.awaitingSignOffWith("hash-1")).isFalse();
        assertThat(plan.readyWith("hash-1")).isFalse();
    }
}
