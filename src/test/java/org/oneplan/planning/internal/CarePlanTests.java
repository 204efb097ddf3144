package org.oneplan.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.PlanStatus;
import org.oneplan.planning.PlanView;
import org.oneplan.planning.Whose;
import org.oneplan.web.StaleRecordException;

class CarePlanTests {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    CarePlan plan;

    @BeforeEach
    void setUp() {
        plan = new CarePlan(UUID.randomUUID(), "coordinator", NOW);
    }

    @Test
    void aNewPlanIsADraftWithEverySectionNotStarted() {
        PlanView view = plan.view();
        assertThat(view.status()).isEqualTo(PlanStatus.DRAFT);
        for (PlanSection section : PlanSection.values()) {
            if (!section.structured()) {
                assertThat(view.statusOf(section)).isEqualTo(PlanView.SectionStatus.NOT_STARTED);
            }
        }
    }

    @Test
    void anAnswerKeepsWhoseWordsItIsAndWhoTypedIt() {
        plan.write(PlanPrompt.MATTERS_NOW, "  My garden and my grandson  ", Whose.PERSON, "ignored", null, "coordinator", NOW);
        var words = plan.view().answer(PlanPrompt.MATTERS_NOW).orElseThrow();
        assertThat(words.text()).isEqualTo("My garden and my grandson");
        assertThat(words.whose()).isEqualTo(Whose.PERSON);
        assertThat(words.whoseName()).as("the person's own words need no name").isNull();
        assertThat(words.writtenBy()).isEqualTo("coordinator");
        assertThat(plan.view().statusOf(PlanSection.PREPARATION_PERSON)).isEqualTo(PlanView.SectionStatus.IN_PROGRESS);
    }

    @Test
    void aSectionIsCompletedWhenEveryQuestionHasAnAnswer() {
        for (PlanPrompt prompt : PlanSection.MANAGE.prompts()) {
            plan.write(prompt, "Answer", Whose.PRACTITIONER, "Sam Patel", null, "coordinator", NOW);
        }
        assertThat(plan.view().statusOf(PlanSection.MANAGE)).isEqualTo(PlanView.SectionStatus.COMPLETED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            blank text                  | '   '   | PERSON     |         | text      | planning.error.text.required
            no one's words              | Words   |            |         | whose     | planning.error.whose.required
            a supporter with no name    | Words   | SUPPORTER  | '  '    | whoseName | planning.error.whoseName.required
            """)
    void refusesAnAnswerThatDoesNotSayEnough(String why, String text, Whose whose, String name, String field, String key) {
        assertThatThrownBy(() -> plan.write(PlanPrompt.FUTURE, text, whose, name, null, "c", NOW))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
        assertThat(plan.view().answers()).isEmpty();
    }

    @Test
    void refusesAnAnswerLongerThanTheLimit() {
        assertThatThrownBy(() -> plan.write(PlanPrompt.FUTURE, "x".repeat(PlanPrompt.MAX_TEXT + 1), Whose.PERSON,
                null, null, "c", NOW)).isInstanceOf(PlanRuleException.class).hasMessage("planning.error.text.tooLong");
    }

    @Test
    void anAnswerWrittenBySomeoneWhoHadNotSeenTheLatestIsRefused() {
        plan.write(PlanPrompt.FUTURE, "First", Whose.PERSON, null, null, "a", NOW);
        assertThatThrownBy(() -> plan.write(PlanPrompt.FUTURE, "Second, unaware", Whose.PERSON, null, null, "b", NOW))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> plan.write(PlanPrompt.FUTURE, "Second, old page", Whose.PERSON, null, 7L, "b", NOW))
                .isInstanceOf(StaleRecordException.class);
        assertThat(plan.view().answer(PlanPrompt.FUTURE).orElseThrow().text()).isEqualTo("First");
    }

    @Test
    void everyQuestionBelongsToASectionAndHasADistinctAddress() {
        assertThat(java.util.Arrays.stream(PlanPrompt.values()).map(PlanPrompt::slug).distinct().count())
                .isEqualTo(PlanPrompt.values().length);
        assertThat(java.util.Arrays.stream(PlanSection.values()).filter(s -> !s.structured()))
                .as("sections answered in words").hasSizeGreaterThanOrEqualTo(6);
    }
}
