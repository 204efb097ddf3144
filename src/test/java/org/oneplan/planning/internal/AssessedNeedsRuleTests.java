package org.oneplan.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.planning.AdviceDraft;
import org.oneplan.planning.AdviceFormat;
import org.oneplan.planning.EligibilityDecision;
import org.oneplan.planning.EligibilityOutcomes;
import org.oneplan.planning.NeedDraft;
import org.oneplan.planning.NeedView;
import org.oneplan.planning.NeedsView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanView.SectionStatus;
import org.oneplan.planning.UnableToAchieve;
import org.oneplan.web.StaleRecordException;

class AssessedNeedsRuleTests {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final NeedDraft UNABLE = new NeedDraft(UnableToAchieve.YES, " I cannot stand long enough to cook ",
            "I skip meals", true, "A personal assistant cooks with me");

    final UUID plan = UUID.randomUUID();

    @Test
    void meetsIsRefusedWithFewerThanTwoOutcomesUnable() {
        var decision = new PlanEligibility(plan);
        for (long unable : new long[] {0, 1}) {
            assertThatThrownBy(() -> decision.decide(EligibilityDecision.MEETS, "Two needs", unable, null, "c", NOW))
                    .isInstanceOfSatisfying(PlanRuleException.class, e -> {
                        assertThat(e.field()).isEqualTo("decision");
                        assertThat(e.messageKey()).isEqualTo("needs.error.decision.fewerThanTwo");
                    });
        }
        decision.decide(EligibilityDecision.MEETS, "Unable to cook or wash", 2, null, "c", NOW);
        assertThat(decision.view().decision()).isEqualTo(EligibilityDecision.MEETS);
        assertThat(decision.view().decided()).isTrue();
    }

    @Test
    void aDecisionEitherWayGivesItsReasonButNotYetDecidedNeedsNone() {
        assertThatThrownBy(() -> new PlanEligibility(plan).decide(EligibilityDecision.DOES_NOT_MEET, " ", 0, null, "c", NOW))
                .isInstanceOf(PlanRuleException.class).hasMessage("needs.error.reason.required");
        assertThatThrownBy(() -> new PlanEligibility(plan).decide(null, "x", 0, null, "c", NOW))
                .isInstanceOf(PlanRuleException.class).hasMessage("needs.error.decision.required");
        var pending = new PlanEligibility(plan);
        pending.decide(EligibilityDecision.NOT_YET_DECIDED, null, 0, null, "c", NOW);
        assertThat(pending.view().decided()).isFalse();
    }

    @Test
    void textsAreBounded() {
        String tooLong = "x".repeat(AssessedRecord.MAX_TEXT + 1);
        var need = new PlanNeed(plan, "nutrition");
        assertThatThrownBy(() -> need.write(new NeedDraft(UnableToAchieve.YES, tooLong, null, false, null), null, "c", NOW))
                .isInstanceOf(PlanRuleException.class).hasMessage("needs.error.cannotDo.tooLong");
        assertThatThrownBy(() -> need.write(new NeedDraft(UnableToAchieve.YES, "a", tooLong, false, null), null, "c", NOW))
                .isInstanceOf(PlanRuleException.class).hasMessage("needs.error.wellbeingImpact.tooLong");
        assertThatThrownBy(() -> need.write(new NeedDraft(UnableToAchieve.YES, "a", null, true, tooLong), null, "c", NOW))
                .isInstanceOf(PlanRuleException.class).hasMessage("needs.error.howMet.tooLong");
        assertThatThrownBy(() -> new PlanEligibility(plan).decide(EligibilityDecision.DOES_NOT_MEET, tooLong, 0, null, "c", NOW))
                .isInstanceOf(PlanRuleException.class).hasMessage("needs.error.reason.tooLong");
        assertThatThrownBy(() -> new PlanAdvice(plan, NOW).write(new AdviceDraft(tooLong, "Sam", TODAY, AdviceFormat.SPOKEN),
                null, TODAY, "c", NOW)).isInstanceOf(PlanRuleException.class).hasMessage("advice.error.what.tooLong");
        need.write(new NeedDraft(UnableToAchieve.YES, "x".repeat(AssessedRecord.MAX_TEXT), null, false, null), null, "c", NOW);
    }

    @Test
    void aNeedMarkedUnableSaysWhatAndOnlySuchANeedIsMetByTheCouncil() {
        var need = new PlanNeed(plan, "nutrition");
        assertThatThrownBy(() -> need.write(new NeedDraft(UnableToAchieve.YES, " ", null, false, null), null, "c", NOW))
                .isInstanceOf(PlanRuleException.class).hasMessage("needs.error.cannotDo.required");
        assertThatThrownBy(() -> need.write(new NeedDraft(null, "a", null, false, null), null, "c", NOW))
                .isInstanceOf(PlanRuleException.class).hasMessage("needs.error.unable.required");
        assertThatThrownBy(() -> need.write(new NeedDraft(UnableToAchieve.NO, null, null, true, "x"), null, "c", NOW))
                .isInstanceOf(PlanRuleException.class).hasMessage("needs.error.councilWillMeet.notUnable");
        need.write(UNABLE, null, "c", NOW);
        NeedView view = need.view(outcome());
        assertThat(view.cannotDo()).isEqualTo("I cannot stand long enough to cook");
        assertThat(view.councilWillMeet()).isTrue();
        assertThat(view.lacksHowMet()).isFalse();
    }

    @Test
    void adviceIsGivenOnADateNotInTheFutureAndRemovedOnlyBySomeoneWhoSawTheLatest() {
        var advice = new PlanAdvice(plan, NOW);
        assertThatThrownBy(() -> advice.write(new AdviceDraft("Falls check", "Sam", TODAY.plusDays(1), AdviceFormat.PRINTED),
                null, TODAY, "c", NOW)).isInstanceOf(PlanRuleException.class).hasMessage("advice.error.givenOn.future");
        assertThatThrownBy(() -> advice.write(new AdviceDraft("Falls check", " ", TODAY, AdviceFormat.PRINTED),
                null, TODAY, "c", NOW)).isInstanceOf(PlanRuleException.class).hasMessage("advice.error.givenBy.required");
        advice.write(new AdviceDraft("Falls check", "Sam", TODAY, AdviceFormat.EASY_READ), null, TODAY, "c", NOW);
        assertThatThrownBy(() -> advice.write(new AdviceDraft("Other", "Sam", TODAY, AdviceFormat.EASY_READ), 4L, TODAY, "c", NOW))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void theSectionIsCompletedByADecisionEveryMetNeedSayingHowAndSomeAdvice() {
        var need = new PlanNeed(plan, "nutrition");
        need.write(new NeedDraft(UnableToAchieve.YES, "Cannot cook", null, true, null), null, "c", NOW);
        var decision = new PlanEligibility(plan);
        decision.decide(EligibilityDecision.DOES_NOT_MEET, "Only one", 1, null, "c", NOW);
        var advice = new PlanAdvice(plan, NOW);
        advice.write(new AdviceDraft("Falls check", "Sam", TODAY, AdviceFormat.SPOKEN), null, TODAY, "c", NOW);
        var none = List.<NeedView>of(NeedView.notAssessed(outcome()));
        assertThat(new NeedsView(none, null, List.of()).status()).isEqualTo(SectionStatus.NOT_STARTED);
        assertThat(new NeedsView(List.of(need.view(outcome())), decision.view(), List.of(advice.view())).status())
                .as("a need the council will meet says how").isEqualTo(SectionStatus.IN_PROGRESS);
        need.write(UNABLE, null, "c", NOW);
        assertThat(new NeedsView(List.of(need.view(outcome())), decision.view(), List.of(advice.view())).status())
                .isEqualTo(SectionStatus.COMPLETED);
    }

    static EligibilityOutcomes.Outcome outcome() {
        return EligibilityOutcomes.load().find("nutrition").orElseThrow();
    }
}
