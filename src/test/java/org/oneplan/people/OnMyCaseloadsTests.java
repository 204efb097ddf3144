package org.oneplan.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.SignedIn;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** What other modules see of the caller's caseloads: only their own teams' people, and only for team staff. */
@OnePlanSpringBootTest
@Import({TestAccounts.Config.class, TestPeople.Config.class})
class OnMyCaseloadsTests {

    @Autowired People people;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;

    @Test
    void staffSeeTheirOwnTeamsPeopleUpToTheLimitAndNoOneElse() {
        UUID team = accounts.newTeam("Caseload").id();
        UUID other = accounts.newTeam("Elsewhere").id();
        testPeople.onCaseload(team, "Ann", "Abbott");
        testPeople.onCaseload(team, "Bea", "Brown");
        testPeople.onCaseload(other, "Cy", "Carter");
        var coordinator = accounts.principal(accounts.newUser(Set.of(team), Role.COORDINATOR));

        assertThat(SignedIn.as(coordinator, () -> people.onMyCaseloads(10)))
                .extracting(PersonSummary::familyName).containsExactly("Abbott", "Brown");
        assertThat(SignedIn.as(coordinator, () -> people.onMyCaseloads(1))).hasSize(1);
    }

    @Test
    void peopleWithoutATeamAreRefused() {
        UUID team = accounts.newTeam("Own").id();
        var person = testPeople.onCaseload(team, "Dee", "Day");
        var account = accounts.principal(accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person.id()));

        assertThatThrownBy(() -> SignedIn.as(account, () -> people.onMyCaseloads(10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
