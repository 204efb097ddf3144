package org.oneplan.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.CheckIn;
import org.oneplan.planning.NextStepsView;
import org.oneplan.planning.PlanView.SectionStatus;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.ReviewDraft;
import org.oneplan.web.StaleRecordException;

/** The rules an action and the review arrangements guard, whatever page or API writes them. */
class PlanActionTests {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    static final UUID WALKING = UUID.randomUUID();
    static final Map<UUID, String> OUTCOMES = Map.of(WALKING, "I want to walk to the shops");

    final PlanAction action = new PlanAction(UUID.randomUUID(), NOW);

    @Test
    void anActionKeepsWhatWhoWhenWhichOutcomeAndLayer() {
        action.write(new ActionDraft(" Join the walking group ", ActionOwner.THE_PERSON, "ignored", TODAY, WALKING,
                ActionLayer.COMMUNITY), OUTCOMES, TODAY, "coordinator", NOW);
        var view = action.view(OUTCOMES);
        assertThat(view.text()).isEqualTo("Join the walking group");
        assertThat(view.ownerName()).as("the person needs no name").isNull();
        assertThat(view.outcomeText()).isEqualTo("I want to walk to the shops");
        assertThat(view.layer()).isEqualTo(ActionLayer.COMMUNITY);
        assertThat(view.writtenBy()).isEqualTo("coordinator");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            blank text                    | ' '  | SUPPORTER    | Ann | 2027-01-01 | walking | COMMUNITY  | text      | next.error.text.required
            no one to do it               | Walk |              |     | 2027-01-01 | walking | COMMUNITY  | owner     | next.error.owner.required
            a supporter with no name      | Walk | SUPPORTER    | ' ' | 2027-01-01 | walking | COMMUNITY  | ownerName | next.error.ownerName.required
            an organisation with no name  | Walk | ORGANISATION |     | 2027-01-01 | walking | COMMUNITY  | ownerName | next.error.ownerName.required
            no date                       | Walk | THE_PERSON   |     |            | walking | COMMUNITY  | dueDate   | next.error.dueDate.required
            a date in the past            | Walk | THE_PERSON   |     | 2026-11-29 | walking | COMMUNITY  | dueDate   | next.error.dueDate.past
            no outcome though there are   | Walk | THE_PERSON   |     | 2027-01-01 |         | COMMUNITY  | outcomeId | next.error.outcome.required
            an outcome not in the plan    | Walk | THE_PERSON   |     | 2027-01-01 | other   | COMMUNITY  | outcomeId | next.error.outcome.unknown
            no layer                      | Walk | THE_PERSON   |     | 2027-01-01 | walking |            | layer     | next.error.layer.required
            """)
    void refusesAnActionThatIsNotSmart(String why, String text, ActionOwner owner, String name, LocalDate due,
                                       String outcome, ActionLayer layer, String field, String key) {
        UUID outcomeId = outcome == null ? null : outcome.equals("walking") ? WALKING : UUID.randomUUID();
        assertThatThrownBy(() -> action.write(new ActionDraft(text, owner, name, due, outcomeId, layer), OUTCOMES, TODAY,
                "c", NOW)).isInstanceOfSatisfying(PlanRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void anActionNeedsNoOutcomeOnlyWhileThePlanHasNone() {
        action.write(new ActionDraft("Walk", ActionOwner.THE_PERSON, null, TODAY, null, ActionLayer.SELF_CARE), Map.of(),
                TODAY, "c", NOW);
        assertThat(action.view(Map.of()).outcomeId()).isNull();
    }

    @Test
    void anUnchangedDateMayHavePassedButARemovedActionDoesNotChange() {
        action.write(new ActionDraft("Walk", ActionOwner.THE_PERSON, null, TODAY, WALKING, ActionLayer.SELF_CARE),
                OUTCOMES, TODAY, "c", NOW);
        action.write(new ActionDraft("Walk further", ActionOwner.THE_PERSON, null, TODAY, WALKING, ActionLayer.SELF_CARE),
                OUTCOMES, TODAY.plusDays(3), "c", NOW);
        assertThatThrownBy(() -> action.remove(4L, "c", NOW)).isInstanceOf(StaleRecordException.class);
        action.remove(0L, "c", NOW);
        assertThat(action.removed()).isTrue();
        assertThatThrownBy(() -> action.write(new ActionDraft("Walk", ActionOwner.THE_PERSON, null, TODAY, WALKING,
                ActionLayer.SELF_CARE), OUTCOMES, TODAY, "c", NOW)).hasMessage("next.error.removed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no date                   |            | next.error.nextReview.required
            yesterday                 | 2026-11-29 | next.error.nextReview.past
            a day beyond six months   | 2027-05-31 | next.error.nextReview.tooLate
            """)
    void refusesAReviewDateThatIsMissingPastOrTooFarAhead(String why, LocalDate date, String key) {
        var review = new PlanReview(UUID.randomUUID());
        assertThatThrownBy(() -> review.write(new ReviewDraft(Set.of(), null, null, date), null, TODAY, 6, "c", NOW))
                .isInstanceOfSatisfying(PlanRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("nextReview");
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    @Test
    void reviewArrangementsKeepCheckInsInOrderAndRefuseAWriterWhoSawAnOlderVersion() {
        var review = new PlanReview(UUID.randomUUID());
        review.write(new ReviewDraft(Set.of(CheckIn.VISIT, CheckIn.TEXT), " Every other Friday ", " ", TODAY.plusMonths(6)),
                null, TODAY, 6, "c", NOW);
        assertThat(review.view().checkIns()).containsExactly(CheckIn.TEXT, CheckIn.VISIT);
        assertThat(review.view().checkInDetail()).isEqualTo("Every other Friday");
        assertThat(review.view().whereAndHowOften()).isNull();
        assertThatThrownBy(() -> new PlanReview(UUID.randomUUID()).write(new ReviewDraft(Set.of(), null, null, TODAY),
                0L, TODAY, 6, "c", NOW)).as("a writer who saw a version of something new")
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void theSectionIsCompletedWithAnActionAndAReviewDateAndInProgressWithEither() {
        assertThat(NextStepsView.status(false, false)).isEqualTo(SectionStatus.NOT_STARTED);
        assertThat(NextStepsView.status(true, false)).isEqualTo(SectionStatus.IN_PROGRESS);
        assertThat(NextStepsView.status(false, true)).isEqualTo(SectionStatus.IN_PROGRESS);
        assertThat(NextStepsView.status(true, true)).isEqualTo(SectionStatus.COMPLETED);
    }
}
