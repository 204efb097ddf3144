package org.oneplan.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.budget.SignOffStatus;
import org.oneplan.budget.SignOffStatus.Kind;
import org.oneplan.budget.SignOffStatus.Stage;

/** The sign-off's own rules, without a database: its stages, the fingerprint it was sent with, one or two authorisers. */
class SignOffTests {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Set<String> WRITERS = Set.of("coordinator");
    static final LocalDate START = LocalDate.of(2026, 4, 1);

    static SignOffBy by(String username, int hoursLater) {
        return new SignOffBy(username, "Name of " + username, T0.plusSeconds(3600L * hoursLater));
    }

    static SignOff sent(int authorisers) {
        return SignOff.submit(UUID.randomUUID(), UUID.randomUUID(), "hash-1", authorisers, by("coordinator", 0));
    }

    static String refusal(Runnable step) {
        try {
            step.run();
            return null;
        } catch (BudgetRuleException e) {
            return e.messageKey();
        }
    }

    @Test
    void oneAuthoriserSignsOffThePlanAsItWasSent() {
        SignOff s = sent(1);
        assertThat(s.signOff("hash-1", " Check at 3 months ", List.of("Outcomes in her words"), START,
                by("authoriser", 1), WRITERS)).isTrue();
        assertThat(s.stage()).isEqualTo(Stage.SIGNED_OFF);
        assertThat(s.view(0, false).authorisers()).containsExactly("Name of authoriser");
        assertThat(s.view(0, false).conditions()).isEqualTo("Name of authoriser: Check at 3 months");
        SignOffStatus.Step step = s.view(0, false).latest();
        assertThat(step.kind()).isEqualTo(Kind.SIGNED_OFF);
        assertThat(step.ticked()).containsExactly("Outcomes in her words");
        assertThat(step.activeFrom()).isEqualTo(START);
    }

    @Test
    void aPlanThatChangedSinceItWasSentIsNeverSignedOff() {
        SignOff s = sent(1);
        assertThat(refusal(() -> s.signOff("hash-2", null, List.of(), START, by("authoriser", 1), WRITERS)))
                .isEqualTo("signoff.error.changed");
        assertThat(s.stage()).isEqualTo(Stage.WITH_AUTHORISER);
    }

    @Test
    void twoAuthorisersSignOffOneAfterTheOtherAndNeverTheSameOneTwice() {
        SignOff s = sent(2);
        assertThat(s.signOff("hash-1", "First", List.of(), START, by("first", 1), WRITERS)).isFalse();
        assertThat(s.stage()).isEqualTo(Stage.WITH_AUTHORISER);
        assertThat(s.view(0, false).waitingForSecond()).isTrue();
        assertThat(refusal(() -> s.signOff("hash-1", null, List.of(), START, by("first", 2), WRITERS)))
                .isEqualTo("signoff.error.twice");
        assertThat(s.signOff("hash-1", "Second", List.of(), START, by("second", 3), WRITERS)).isTrue();
        assertThat(s.view(0, false).authorisers()).containsExactly("Name of first", "Name of second");
        assertThat(s.view(0, false).conditions()).isEqualTo("Name of first: First\nName of second: Second");
        assertThat(s.view(0, false).steps()).extracting(SignOffStatus.Step::kind)
                .containsExactly(Kind.SUBMITTED, Kind.FIRST_SIGN_OFF, Kind.SIGNED_OFF);
    }

    @Test
    void whoeverWroteOrSentThePlanMayNotDecideOnIt() {
        SignOff s = sent(1);
        assertThat(refusal(() -> s.signOff("hash-1", null, List.of(), START, by("coordinator", 1), Set.of())))
                .isEqualTo("signoff.error.submitted");
        assertThat(refusal(() -> s.signOff("hash-1", null, List.of(), START, by("writer", 1), Set.of("writer"))))
                .isEqualTo("signoff.error.wrote");
        assertThat(refusal(() -> s.returnWithReasons(List.of(new SignOffStatus.Reason("NEEDS", "Why")),
                by("writer", 1), Set.of("writer")))).isEqualTo("signoff.error.wrote");
    }

    @Test
    void aReturnedPlanGoesBackOnlyOnceItHasChangedAndIsThenWithTheAuthoriserAgain() {
        SignOff s = sent(1);
        s.returnWithReasons(List.of(new SignOffStatus.Reason("BUDGET_SPLIT", " The contribution is missing ")),
                by("authoriser", 1), WRITERS);
        assertThat(s.stage()).isEqualTo(Stage.RETURNED);
        assertThat(s.view(0, false).latest().reasons()).containsExactly(
                new SignOffStatus.Reason("BUDGET_SPLIT", "The contribution is missing"));
        assertThat(refusal(() -> s.signOff("hash-1", null, List.of(), START, by("authoriser", 2), WRITERS)))
                .isEqualTo("signoff.error.notWaiting");
        assertThat(refusal(() -> s.resubmit("hash-1", 1, by("coordinator", 2)))).isEqualTo("signoff.error.unchanged");
        s.resubmit("hash-2", 1, by("coordinator", 3));
        assertThat(s.stage()).isEqualTo(Stage.WITH_AUTHORISER);
        assertThat(s.submittedAt()).isEqualTo(T0.plusSeconds(3 * 3600));
        assertThat(s.signOff("hash-2", null, List.of(), START, by("authoriser", 4), WRITERS)).isTrue();
        assertThat(s.view(0, false).returns()).isEqualTo(1);
    }

    @Test
    void aPlanWithTheAuthoriserIsSentAgainOnlyWhenItHasChangedAndNeverOnceSignedOff() {
        SignOff s = sent(2);
        assertThat(refusal(() -> s.resubmit("hash-1", 2, by("coordinator", 1)))).isEqualTo("signoff.error.alreadyWaiting");
        s.signOff("hash-1", null, List.of(), START, by("first", 1), WRITERS);
        s.resubmit("hash-2", 1, by("coordinator", 2));
        assertThat(s.view(0, false).waitingForSecond()).isFalse();
        s.signOff("hash-2", null, List.of(), START, by("first", 3), WRITERS);
        assertThat(s.view(0, false).authorisers()).containsExactly("Name of first");
        assertThat(refusal(() -> s.resubmit("hash-3", 1, by("coordinator", 4)))).isEqualTo("signoff.error.signedOff");
    }

    @Test
    void aReturnNeedsAReasonForEachPartItNames() {
        SignOff s = sent(1);
        assertThat(refusal(() -> s.returnWithReasons(List.of(), by("authoriser", 1), WRITERS)))
                .isEqualTo("signoff.error.reasons.required");
        assertThat(refusal(() -> s.returnWithReasons(List.of(new SignOffStatus.Reason("NEEDS", "  ")),
                by("authoriser", 1), WRITERS))).isEqualTo("signoff.error.reason.required");
        assertThat(refusal(() -> s.returnWithReasons(List.of(new SignOffStatus.Reason("NOWHERE", "Why")),
                by("authoriser", 1), WRITERS))).isEqualTo("signoff.error.part.unknown");
        assertThat(refusal(() -> s.returnWithReasons(List.of(new SignOffStatus.Reason("NEEDS", "x".repeat(2001))),
                by("authoriser", 1), WRITERS))).isEqualTo("budget.error.text.tooLong");
        assertThat(s.stage()).isEqualTo(Stage.WITH_AUTHORISER);
    }
}
