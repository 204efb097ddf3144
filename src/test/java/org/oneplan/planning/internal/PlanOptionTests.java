package org.oneplan.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneplan.planning.ArrangeView;
import org.oneplan.planning.BudgetAnswer;
import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanView.SectionStatus;
import org.oneplan.planning.SupportOption;
import org.oneplan.planning.SupportResource;
import org.oneplan.planning.Whose;
import org.oneplan.web.StaleRecordException;

class PlanOptionTests {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final OptionDraft JIM = new OptionDraft(" Jim next door drives me to the allotment ",
            SupportResource.FAMILY_AND_FRIENDS, true, "He goes anyway and I like his company", Whose.PERSON, "ignored");

    final PlanOption option = new PlanOption(UUID.randomUUID(), UUID.randomUUID(), NOW);

    @Test
    void anOptionKeepsItsResourceWhetherChosenAndWhyInSomeonesWords() {
        option.write(JIM, null, "coordinator", NOW);
        SupportOption view = option.view();
        assertThat(view.text()).isEqualTo("Jim next door drives me to the allotment");
        assertThat(view.resource()).isEqualTo(SupportResource.FAMILY_AND_FRIENDS);
        assertThat(view.chosen()).isTrue();
        assertThat(view.why().text()).isEqualTo("He goes anyway and I like his company");
        assertThat(view.why().whose()).isEqualTo(Whose.PERSON);
        assertThat(view.why().whoseName()).as("the person's own words need no name").isNull();
        assertThat(view.why().writtenBy()).isEqualTo("coordinator");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            blank idea               | '  ' | COMMUNITY | why | PERSON    |     | text      | control.error.option.text.required
            no resource              | idea |           | why | PERSON    |     | resource  | control.error.option.resource.required
            no reason                | idea | COMMUNITY | ' ' | PERSON    |     | why       | control.error.option.why.required
            no one's words           | idea | COMMUNITY | why |           |     | whose     | control.error.whose.required
            a supporter with no name | idea | COMMUNITY | why | SUPPORTER | ' ' | whoseName | control.error.whoseName.required
            """)
    void refusesAnOptionThatDoesNotSayEnough(String why, String text, SupportResource resource, String reason,
                                             Whose whose, String name, String field, String key) {
        assertThatThrownBy(() -> option.write(new OptionDraft(text, resource, false, reason, whose, name), null, "c", NOW))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void aChangeFromSomeoneWhoHadNotSeenTheLatestIsRefusedAndARemovedOptionIsKeptUnchanged() {
        option.write(JIM, null, "a", NOW);
        assertThatThrownBy(() -> option.write(JIM, 7L, "b", NOW)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> option.remove(7L, "b", NOW)).isInstanceOf(StaleRecordException.class);
        option.remove(0L, "b", NOW);
        assertThat(option.removed()).isTrue();
        assertThatThrownBy(() -> option.write(JIM, 0L, "c", NOW)).isInstanceOf(PlanRuleException.class)
                .hasMessage("control.error.removed");
    }

    @Test
    void theSectionIsCompletedWhenEveryOutcomeHasAChosenOption() {
        option.write(JIM, null, "a", NOW);
        var notChosen = new PlanOption(UUID.randomUUID(), UUID.randomUUID(), NOW);
        notChosen.write(new OptionDraft("A lift from the day centre bus", SupportResource.SPECIALIST_SERVICES, false,
                "Only on weekdays", Whose.PERSON, null), null, "a", NOW);
        var none = new ArrangeView.OutcomeOptions(outcome(), List.of());
        var chosen = new ArrangeView.OutcomeOptions(outcome(), List.of(option.view()));
        var unchosen = new ArrangeView.OutcomeOptions(outcome(), List.of(notChosen.view()));
        assertThat(new ArrangeView(List.of()).status()).isEqualTo(SectionStatus.NOT_STARTED);
        assertThat(new ArrangeView(List.of(none, none)).status()).isEqualTo(SectionStatus.NOT_STARTED);
        assertThat(new ArrangeView(List.of(chosen, none)).status()).isEqualTo(SectionStatus.IN_PROGRESS);
        assertThat(new ArrangeView(List.of(unchosen)).status()).isEqualTo(SectionStatus.IN_PROGRESS);
        assertThat(new ArrangeView(List.of(chosen)).status()).isEqualTo(SectionStatus.COMPLETED);
        assertThat(new ArrangeView(List.of(chosen, unchosen)).someOutcomeUnmet()).isTrue();
    }

    @Test
    void theMoneyAnswerIsRequiredAndNotOverwrittenUnseen() {
        var money = new PlanMoney(UUID.randomUUID());
        assertThatThrownBy(() -> money.write(null, "note", null, "c", NOW)).isInstanceOf(PlanRuleException.class)
                .hasMessage("money.error.budget.required");
        assertThatThrownBy(() -> money.write(BudgetAnswer.NO, "x".repeat(2001), null, "c", NOW))
                .isInstanceOf(PlanRuleException.class).hasMessage("money.error.note.tooLong");
        assertThatThrownBy(() -> money.write(BudgetAnswer.NO, null, 0L, "c", NOW))
                .as("a writer who saw a version of something new").isInstanceOf(StaleRecordException.class);
        money.write(BudgetAnswer.NO, "  ", null, "c", NOW);
        assertThat(money.view().note()).isNull();
        assertThat(money.view().status()).isEqualTo(SectionStatus.COMPLETED);
        money.write(BudgetAnswer.NOT_KNOWN_YET, null, null, "c", NOW);
        assertThat(money.view().status()).isEqualTo(SectionStatus.IN_PROGRESS);
    }

    private static OutcomeView outcome() {
        return new OutcomeView(UUID.randomUUID(), null, null, null, null, java.util.Set.of(), List.of());
    }
}
