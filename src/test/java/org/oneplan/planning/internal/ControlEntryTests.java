package org.oneplan.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.ControlText;
import org.oneplan.planning.ControlView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanView.SectionStatus;
import org.oneplan.planning.Whose;
import org.oneplan.web.StaleRecordException;

class ControlEntryTests {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final ControlText WALKING = new ControlText(" I might fall on the way to the shop ",
            "I want to walk to the shop on my own", "Walking stick, and I take my phone", Whose.PERSON, "ignored");

    final PlanRisk risk = new PlanRisk(UUID.randomUUID(), NOW);

    @Test
    void aRiskKeepsItsThreeTextsAndWhoseWordsTheyAre() {
        risk.write(WALKING, null, "coordinator", NOW);
        var item = risk.view();
        assertThat(item.list()).isEqualTo(ControlList.RISKS);
        assertThat(item.list().fields().stream().map(item::text)).containsExactly("I might fall on the way to the shop",
                "I want to walk to the shop on my own", "Walking stick, and I take my phone");
        assertThat(item.whose()).isEqualTo(Whose.PERSON);
        assertThat(item.whoseName()).as("the person's own words need no name").isNull();
        assertThat(item.writtenBy()).isEqualTo("coordinator");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            blank first text         | '  ' | b | c | PERSON    |      | first     | control.error.contingencies.first.required
            missing third text       | a    | b |   | PERSON    |      | third     | control.error.contingencies.third.required
            no one's words           | a    | b | c |           |      | whose     | control.error.whose.required
            a supporter with no name | a    | b | c | SUPPORTER | ' '  | whoseName | control.error.whoseName.required
            """)
    void refusesAContingencyThatDoesNotSayEnough(String why, String a, String b, String c, Whose whose, String name,
                                                 String field, String key) {
        var plan = new PlanContingency(UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> plan.write(new ControlText(a, b, c, whose, name), null, "c", NOW))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void refusesATextLongerThanTheLimit() {
        var tooLong = new ControlText("x".repeat(ControlList.MAX_TEXT + 1), "b", "c", Whose.PERSON, null);
        assertThatThrownBy(() -> risk.write(tooLong, null, "c", NOW))
                .isInstanceOf(PlanRuleException.class).hasMessage("control.error.risks.first.tooLong");
    }

    @Test
    void aChangeFromSomeoneWhoHadNotSeenTheLatestIsRefused() {
        risk.write(WALKING, null, "a", NOW);
        var unaware = new ControlText("Other", "b", "c", Whose.PERSON, null);
        assertThatThrownBy(() -> risk.write(unaware, null, "b", NOW)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> risk.write(unaware, 7L, "b", NOW)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> risk.remove(7L, "b", NOW)).isInstanceOf(StaleRecordException.class);
        assertThat(risk.view().first()).isEqualTo("I might fall on the way to the shop");
        assertThat(risk.removed()).isFalse();
    }

    @Test
    void aRemovedRiskIsKeptButDoesNotChangeAgain() {
        risk.write(WALKING, null, "a", NOW);
        risk.remove(0L, "b", NOW);
        assertThat(risk.removed()).isTrue();
        assertThatThrownBy(() -> risk.write(WALKING, 0L, "c", NOW)).isInstanceOf(PlanRuleException.class)
                .hasMessage("control.error.removed");
    }

    @Test
    void sharingIsInSomeonesWordsAndMayRecordThatNoRisksNeededWritingDown() {
        var sharing = new PlanSharing(UUID.randomUUID());
        assertThatThrownBy(() -> sharing.write(" ", Whose.PERSON, null, false, null, "c", NOW))
                .isInstanceOf(PlanRuleException.class).hasMessage("control.error.sharing.text.required");
        sharing.write("My GP can see all of it", Whose.SUPPORTER, " David Okafor (son) ", true, null, "c", NOW);
        assertThat(sharing.view().words().whoseName()).isEqualTo("David Okafor (son)");
        assertThat(sharing.view().noRisksDiscussed()).isTrue();
        assertThatThrownBy(() -> new PlanSharing(UUID.randomUUID()).write("x", Whose.PERSON, null, false, 0L, "c", NOW))
                .as("a writer who saw a version of something new").isInstanceOf(StaleRecordException.class);
    }

    @Test
    void theSectionIsCompletedWithRisksOrNoneToRecordAContingencyAndTheSharing() {
        risk.write(WALKING, null, "a", NOW);
        var contingency = new PlanContingency(UUID.randomUUID(), NOW);
        contingency.write(new ControlText("If I fall", "Press my pendant", "Ann 07700 900123", Whose.PERSON, null), null, "a", NOW);
        var sharing = new PlanSharing(UUID.randomUUID());
        sharing.write("My GP", Whose.PERSON, null, true, null, "a", NOW);
        var none = java.util.List.<org.oneplan.planning.ControlItem>of();
        assertThat(new ControlView(none, none, null).status()).isEqualTo(SectionStatus.NOT_STARTED);
        assertThat(new ControlView(java.util.List.of(risk.view()), none, null).status()).isEqualTo(SectionStatus.IN_PROGRESS);
        assertThat(new ControlView(java.util.List.of(risk.view()), java.util.List.of(contingency.view()), sharing.view())
                .status()).isEqualTo(SectionStatus.COMPLETED);
        assertThat(new ControlView(none, java.util.List.of(contingency.view()), sharing.view()).status())
                .as("no risks to record counts as talked about").isEqualTo(SectionStatus.COMPLETED);
    }
}
