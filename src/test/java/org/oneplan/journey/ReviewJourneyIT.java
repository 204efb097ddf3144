package org.oneplan.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.PlanStatus;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.SupportArrangements;
import org.oneplan.planning.SupportResource;
import org.oneplan.review.AgreedPlans;
import org.oneplan.review.Perspective;
import org.oneplan.review.Progress;
import org.oneplan.review.RequestedBy;
import org.oneplan.review.ReviewLists;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;
import org.oneplan.review.ReviewStatus;
import org.oneplan.review.ReviewType;
import org.oneplan.review.Reviews;
import org.oneplan.support.SignedIn;
import org.oneplan.support.TestPeople;
import org.oneplan.planning.Whose;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/**
 * A plan from agreement through a requested review to its next agreed version, on H2 or PostgreSQL: the person asks
 * for a review, it is on the team's list until it is answered, the review is recorded and completed, the person agrees
 * the new version, and the next review is due on the date the review set.
 */
@Import({TestPeople.Config.class, AgreedPlans.Config.class})
class ReviewJourneyIT extends JourneySupport {

    @Autowired org.oneplan.support.TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired AgreedPlans agreedPlans;
    @Autowired Reviews reviews;
    @Autowired ReviewRecords records;
    @Autowired ReviewLists lists;
    @Autowired PlanVersions versions;
    @Autowired Outcomes outcomes;
    @Autowired SupportArrangements arrangements;

    @Test
    void aPersonAsksForAReviewThatUpdatesTheirPlanAndSetsTheNextOne() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID team = accounts.newTeam("Review journey").id();
        UUID person = testPeople.onCaseload(team, "Rita", "Journey").id();
        AccountPrincipal coordinator = accounts.principal(accounts.newUser(Set.of(team), Role.COORDINATOR));
        AccountPrincipal rita = accounts.principal(accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person));
        AgreedPlans.Plan plan = agreedPlans.agree(coordinator, person, today.minusMonths(2));

        SignedIn.as(rita, () -> reviews.request(person, new Reviews.RequestDraft(RequestedBy.PERSON, null, today,
                "I want to stop going to church and start swimming")));
        SignedIn.as(coordinator, () -> {
            assertThat(lists.forTeam(team, ReviewLists.Kind.REQUESTED, PageRequest.of(0, 20)).page().getContent())
                    .extracting(r -> r.person().id()).containsExactly(person);
            UUID review = reviews.open(person, new Reviews.Opening(ReviewType.REQUESTED, today, null,
                    reviews.of(person).requests().get(0).id())).id();
            assertThat(lists.forTeam(team, ReviewLists.Kind.REQUESTED, PageRequest.of(0, 20)).page().getContent()).isEmpty();

            long v = records.participants(person, review, new ReviewRecord.Participants(true, true, "Rita, Sam", null), 0)
                    .version();
            v = records.addStatement(person, review, new ReviewRecords.StatementDraft(false, Perspective.PERSON, null,
                    "Church is too far now"), v).version();
            v = records.outcome(person, review, plan.church(), new ReviewRecords.OutcomeDraft(Progress.NO_LONGER_WANTED,
                    null, "She would rather swim", null, null, null, null, false), v).version();
            v = records.outcome(person, review, plan.garden(), new ReviewRecords.OutcomeDraft(Progress.ACHIEVED, 10,
                    null, null, null, null, null, false), v).version();
            v = records.addOutcome(person, review, new ReviewRecords.Answer("I want to swim every week", Whose.PERSON,
                    null), v).version();
            UUID swim = records.find(person, review).newOutcomes().get(0).id();
            v = records.addAction(person, review, new org.oneplan.planning.ActionDraft("Join the over-60s swim",
                    org.oneplan.planning.ActionOwner.THE_PERSON, null, today.plusWeeks(2), swim,
                    org.oneplan.planning.ActionLayer.COMMUNITY), v).version();
            v = records.decisions(person, review, new ReviewRecord.Decisions(false, null, false, null,
                    today.plusMonths(5)), v).version();
            v = records.workingTogether(person, review, new ReviewRecord.WorkingTogether(null, null,
                    "Church is too far now", null, "Swimming", true), v).version();
            assertThat(reviews.complete(person, review, v).status()).isEqualTo(ReviewStatus.COMPLETED);

            assertThat(versions.state(person).status()).isEqualTo(PlanStatus.DRAFT);
            List<OutcomeView> now = outcomes.of(person);
            assertThat(now).extracting(o -> o.words().text()).containsExactly("I want to swim every week");
            assertThat(versions.state(person).gaps()).extracting(g -> g.messageKey()).containsExactly("planning.gap.howNeedsMet");
            arrangements.add(person, now.get(0).id(), new OptionDraft("The over-60s swim at the leisure centre",
                    SupportResource.COMMUNITY, true, "Near the bus stop", Whose.PERSON, null));
            versions.markReady(person);
            versions.recordAgreement(person, new Agreement(Agreement.Decision.AGREE, null, Agreement.Captured.IN_PERSON,
                    "Sam, coordinator", today, "Rita and Sam", null, null, null));
            assertThat(versions.state(person).latestVersion()).isEqualTo(2);
            assertThat(versions.version(person, 1).sections().toString()).contains("I want to get to church on Sundays");
            assertThat(reviews.nextReviewDate(person)).contains(today.plusMonths(5));
            assertThat(reviews.of(person).next().lastReviewedOn()).isEqualTo(today);
            return null;
        });
        List<OutcomeView> agreed = SignedIn.as(coordinator, () -> outcomes.of(person));
        assertThat(agreed).hasSize(1);
    }
}
