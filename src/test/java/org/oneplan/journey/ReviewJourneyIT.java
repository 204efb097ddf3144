package org.oneplan.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.ActionTracking;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.PlanStatus;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.ProgressView;
import org.oneplan.planning.SupportArrangements;
import org.oneplan.planning.SupportResource;
import org.oneplan.planning.TrackedSteps;
import org.oneplan.planning.Whose;
import org.oneplan.review.ActionDecision;
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
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.ObjectMapper;

/**
 * The journey, on H2 or PostgreSQL: an agreed plan; its actions progressed (the person, through the API,
 * finishes one and starts another, and the plan stays agreed); the person asks for a review, on the team's list until
 * it is answered; the review is recorded, closing the action that is done and carrying on the one under way, and
 * completed; the person agrees the new version, which keeps the action under way with its progress; and the next
 * review is due on the date the review set.
 */
@Import({TestPeople.Config.class, AgreedPlans.Config.class})
class ReviewJourneyIT extends JourneySupport {

    static final String SWIM = "Join the over-60s swim";

    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired AgreedPlans agreedPlans;
    @Autowired Reviews reviews;
    @Autowired ReviewRecords records;
    @Autowired ReviewLists lists;
    @Autowired PlanVersions versions;
    @Autowired Outcomes outcomes;
    @Autowired SupportArrangements arrangements;
    @Autowired ActionTracking tracking;

    final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aPersonProgressesTheirActionsAsksForAReviewThatUpdatesTheirPlanAndSetsTheNextOne() throws Exception {
        UUID team = accounts.newTeam("Review journey").id();
        UUID person = testPeople.onCaseload(team, "Rita", "Journey").id();
        AccountPrincipal coordinator = accounts.principal(accounts.newUser(Set.of(team), Role.COORDINATOR));
        UserAccount ritasAccount = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        String rita = accounts.newApiToken(ritasAccount);
        AgreedPlans.Plan plan = agreedPlans.agree(coordinator, person, today.minusMonths(2));

        actionsProgressed(rita, person, plan, coordinator);
        SignedIn.as(accounts.principal(ritasAccount), () -> reviews.request(person, new Reviews.RequestDraft(
                RequestedBy.PERSON, null, today, "I want to stop going to church and start swimming")));
        UUID review = SignedIn.as(coordinator, () -> recordAndComplete(team, person, plan));
        SignedIn.as(coordinator, () -> {
            assertThat(versions.state(person).status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(outcomes.of(person)).extracting(o -> o.words().text())
                    .containsExactlyInAnyOrder("I want to keep my garden going", "I want to swim every week");
            assertThat(versions.state(person).gaps()).extracting(g -> g.messageKey()).containsExactly("planning.gap.howNeedsMet");
            OutcomeView swim = outcomes.of(person).stream().filter(o -> o.words().text().contains("swim")).findFirst().orElseThrow();
            arrangements.add(person, swim.id(), new OptionDraft("The over-60s swim at the leisure centre",
                    SupportResource.COMMUNITY, true, "Near the bus stop", Whose.PERSON, null));
            versions.markReady(person);
            versions.recordAgreement(person, new Agreement(Agreement.Decision.AGREE, null, Agreement.Captured.IN_PERSON,
                    "Sam, coordinator", today, "Rita and Sam", null, null, null));

            assertThat(versions.state(person).latestVersion()).isEqualTo(2);
            assertThat(versions.version(person, 1).sections().toString())
                    .contains("I want to get to church on Sundays", "Ring the church office about the minibus");
            assertThat(versions.version(person, 2).sections().toString()).contains("Find a gardener", SWIM)
                    .doesNotContain("Ring the church office about the minibus");
            TrackedSteps tracked = tracking.section(person).orElseThrow();
            assertThat(tracked.next().actions()).extracting(ActionView::text)
                    .containsExactlyInAnyOrder("Find a gardener", SWIM);
            ProgressView gardener = tracked.progress().get(plan.gardener());
            assertThat(gardener.status()).as("progress is kept beside the plan, through a new version")
                    .isEqualTo(ActionStatus.IN_PROGRESS);
            assertThat(gardener.latestNote().note()).isEqualTo("Asked at the garden centre");
            assertThat(records.find(person, review).actions()).extracting(ReviewRecord.ActionChoice::actionText,
                    ReviewRecord.ActionChoice::decision).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("Ring the church office about the minibus", ActionDecision.CLOSE),
                    org.assertj.core.groups.Tuple.tuple("Find a gardener", ActionDecision.CARRY_OVER));
            assertThat(reviews.nextReviewDate(person)).contains(today.plusMonths(5));
            assertThat(reviews.of(person).next().lastReviewedOn()).isEqualTo(today);
            return null;
        });
        HttpResponse<String> planJson = send(rita, "GET", "/api/v1/people/" + person + "/plan", null, null);
        assertThat(planJson.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(planJson.body()).get("nextReviewDate").asString())
                .isEqualTo(today.plusMonths(5).toString());
    }

    /** Rita finishes one of her actions and starts the other through the API; the plan is still the one she agreed. */
    private void actionsProgressed(String rita, UUID person, AgreedPlans.Plan plan, AccountPrincipal coordinator)
            throws Exception {
        HttpResponse<String> done = progress(rita, person, plan.minibus(), "DONE", "The minibus picks me up at ten", "0");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(progress(rita, person, plan.gardener(), "IN_PROGRESS", "Asked at the garden centre", "0")
                .statusCode()).isEqualTo(200);
        assertThat(progress(rita, person, plan.gardener(), "DONE", null, "0").statusCode())
                .as("a change of status over one she has not seen").isEqualTo(412);
        SignedIn.as(coordinator, () -> {
            assertThat(versions.state(person).status()).as("doing the plan is not changing it").isEqualTo(PlanStatus.AGREED);
            assertThat(versions.state(person).latestVersion()).isEqualTo(1);
            Map<UUID, ProgressView> progress = tracking.section(person).orElseThrow().progress();
            assertThat(progress.get(plan.minibus()).status()).isEqualTo(ActionStatus.DONE);
            assertThat(progress.get(plan.gardener()).status()).isEqualTo(ActionStatus.IN_PROGRESS);
            return null;
        });
    }

    private HttpResponse<String> progress(String token, UUID person, UUID action, String status, String note,
                                          String seen) throws Exception {
        String body = "{\"status\":\"" + status + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
        return send(token, "POST", "/api/v1/people/" + person + "/plan/actions/" + action + "/progress", body,
                "\"" + seen + "\"");
    }

    /**
     * The team sees the request until a review answers it; the review records the person's part, progress on each
     * outcome (the church no longer wanted, the garden partly there), closes the action that is done and carries on
     * the one under way, adds swimming, and is completed.
     */
    private UUID recordAndComplete(UUID team, UUID person, AgreedPlans.Plan plan) {
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
        v = records.outcome(person, review, plan.garden(), new ReviewRecords.OutcomeDraft(Progress.PARTLY, 6,
                "A gardener is being found", null, null, null, null, false), v).version();
        assertThat(records.find(person, review).planActions()).extracting(a -> a.action().id(), a -> a.decision())
                .containsExactlyInAnyOrder(tuple(plan.minibus(), ActionDecision.CLOSE),
                        tuple(plan.gardener(), ActionDecision.CARRY_OVER));
        v = records.actions(person, review, Map.of(plan.minibus(), ActionDecision.CLOSE,
                plan.gardener(), ActionDecision.CARRY_OVER), v).version();
        v = records.addOutcome(person, review, new ReviewRecords.Answer("I want to swim every week", Whose.PERSON,
                null), v).version();
        UUID swim = records.find(person, review).newOutcomes().get(0).id();
        v = records.addAction(person, review, new ActionDraft(SWIM, ActionOwner.THE_PERSON, null,
                today.plusWeeks(2), swim, ActionLayer.COMMUNITY), v).version();
        v = records.decisions(person, review, new ReviewRecord.Decisions(false, null, false, null,
                today.plusMonths(5)), v).version();
        v = records.workingTogether(person, review, new ReviewRecord.WorkingTogether(null, null,
                "Church is too far now", null, "Swimming", true), v).version();
        assertThat(reviews.complete(person, review, v).status()).isEqualTo(ReviewStatus.COMPLETED);
        return review;
    }
}
