package org.oneplan.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.AdviceDraft;
import org.oneplan.planning.AdviceFormat;
import org.oneplan.planning.AdviceGiven;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.AssessedNeeds;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.CheckIn;
import org.oneplan.planning.EligibilityDecision;
import org.oneplan.planning.NeedDraft;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanStatus;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.ReviewDraft;
import org.oneplan.planning.SupportArrangements;
import org.oneplan.planning.SupportResource;
import org.oneplan.planning.UnableToAchieve;
import org.oneplan.planning.VersionChanges;
import org.oneplan.planning.Whose;
import org.oneplan.support.SignedIn;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The one plan from preparation to a second agreed version, through the planning services, on H2 or
 * PostgreSQL: every part's tables, the completeness check, agreement, versions and their comparison.
 */
@Import(TestPeople.Config.class)
class PlanJourneyIT extends JourneySupport {

    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired CarePlans plans;
    @Autowired Outcomes outcomes;
    @Autowired AssessedNeeds needs;
    @Autowired AdviceGiven advice;
    @Autowired SupportArrangements arrangements;
    @Autowired NextSteps next;
    @Autowired PlanVersions versions;

    @Test
    void aPlanIsPreparedWrittenCheckedAgreedChangedAndAgreedAgain() {
        UUID team = accounts.newTeam("Journey").id();
        UUID person = testPeople.onCaseload(team, "Jean", "Journey").id();
        AccountPrincipal coordinator = accounts.principal(accounts.newUser(Set.of(team), Role.COORDINATOR));
        LocalDate today = LocalDate.now();

        SignedIn.as(coordinator, () -> {
            plans.start(person);
            plans.write(person, PlanPrompt.MATTERS_NOW, "My cat and my allotment", Whose.PERSON, null, null);
            plans.write(person, PlanPrompt.CONVERSATION, "At home, Tuesday, with my niece", Whose.PERSON, null, null);
            assertThat(versions.state(person).gaps()).hasSizeGreaterThanOrEqualTo(5);

            OutcomeView outcome = outcomes.add(person, new OutcomeDraft("I want to keep my allotment going", Whose.PERSON,
                    null, "Growing food keeps me well", "I am there most weeks", today.plusMonths(6), Set.of("community-facilities")));
            needs.record(person, "nutrition", new NeedDraft(UnableToAchieve.YES, "Cannot cook hot meals safely",
                    "Losing weight", true, "Meals with a personal assistant"), null);
            needs.record(person, "community-facilities", new NeedDraft(UnableToAchieve.YES, "Cannot use the bus alone",
                    "Lonely", true, "Community transport"), null);
            needs.decide(person, EligibilityDecision.MEETS, "Unable to achieve two outcomes, a significant impact", null);
            advice.add(person, new AdviceDraft("Falls prevention leaflet", "Sam Patel", today, AdviceFormat.PRINTED));
            arrangements.add(person, outcome.id(), new OptionDraft("My niece drives me on Saturdays",
                    SupportResource.FAMILY_AND_FRIENDS, true, "She offered", Whose.PERSON, null));
            next.add(person, new ActionDraft("Ask the allotment society about a raised bed", ActionOwner.THE_PERSON, null,
                    today.plusWeeks(3), outcome.id(), ActionLayer.COMMUNITY));
            next.arrange(person, new ReviewDraft(Set.of(CheckIn.CALL), null, "At home", today.plusMonths(5)), null);
            assertThat(versions.state(person).gaps()).isEmpty();

            versions.markReady(person);
            Agreement agree = new Agreement(Agreement.Decision.AGREE, null, Agreement.Captured.IN_PERSON,
                    "Sam Patel, coordinator", today, "Jean and her niece", null, null, null);
            assertThat(versions.recordAgreement(person, agree).status()).isEqualTo(PlanStatus.AGREED);

            outcomes.change(person, outcome.id(), new OutcomeDraft("I want to keep my allotment and share the produce",
                    Whose.PERSON, null, null, null, null, Set.of()), outcomes.one(person, outcome.id()).words().version());
            assertThat(versions.state(person).status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(versions.version(person, 1).sections().toString()).contains("I want to keep my allotment going");

            versions.markReady(person);
            versions.recordAgreement(person, agree);
            VersionChanges changes = VersionChanges.between(versions.version(person, 1), versions.version(person, 2));
            assertThat(changes.nothingChanged()).isFalse();
            assertThat(changes.sections().toString()).contains("share the produce");
            List<Integer> numbers = versions.versions(person).stream().map(v -> v.number()).toList();
            assertThat(numbers).containsExactly(1, 2);
            return null;
        });
    }
}
