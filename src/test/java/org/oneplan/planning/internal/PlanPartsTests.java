package org.oneplan.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.planning.PlanPart;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.SignedIn;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Questions 3 and 4 as parts of the plan: what an agreed version holds, and what the completeness check finds. */
@OnePlanSpringBootTest
@Import({TestAccounts.Config.class, TestPeople.Config.class})
class PlanPartsTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired JdbcTemplate jdbc;
    @Autowired List<PlanPart> parts;
    @Autowired ArrangePlanPart arrange;
    @Autowired MoneyPlanPart money;

    MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(account))).with(csrf());
    }

    @Test
    void optionsPerOutcomeAndTheBudgetAnswerGoIntoAnAgreedVersionAndAnUnmetOutcomeIsAGap() throws Exception {
        UUID team = accounts.newTeam("Parts").id();
        UUID person = testPeople.onCaseload(team, "Pat", "Parts").id();
        UserAccount coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        String plan = "/people/" + person + "/plan";
        mvc.perform(as(coordinator, post(plan)));
        UUID planId = jdbc.queryForObject("select id from care_plan where person_id = ?", UUID.class, person);
        mvc.perform(as(coordinator, post(plan + "/outcomes/new")).param("text", "Get to my allotment").param("whose", "PERSON"));
        UUID outcome = jdbc.queryForObject("select id from plan_outcome where plan_id = ?", UUID.class, planId);
        mvc.perform(as(coordinator, post(plan + "/arrange/outcomes/" + outcome + "/options/new"))
                .param("text", "Day centre minibus").param("resource", "SPECIALIST_SERVICES")
                .param("why", "Only on weekdays").param("whose", "PRACTITIONER").param("whoseName", "Sam Patel"));
        var principal = accounts.principal(coordinator);

        assertThat(parts).contains(arrange, money);
        assertThat(arrange.gaps(planId, person)).containsExactly(
                new PlanPart.Gap("planning.gap.howNeedsMet", plan + "/arrange"));
        var section = SignedIn.as(principal, () -> arrange.content(planId)).get(0);
        assertThat(section.title()).isEqualTo("3. How will you arrange your support?");
        assertThat(section.items()).containsExactly(
                new PlanPart.VersionedItem("Outcome", "Get to my allotment", "Pat Parts's own words"),
                new PlanPart.VersionedItem("Specialist health and social care (Not chosen)",
                        "Day centre minibus. Why: Only on weekdays", "Sam Patel, practitioner"));

        mvc.perform(as(coordinator, post(plan + "/arrange/outcomes/" + outcome + "/options/new"))
                .param("text", "Jim drives me").param("resource", "FAMILY_AND_FRIENDS").param("chosen", "true")
                .param("why", "He goes anyway").param("whose", "PERSON"));
        assertThat(arrange.gaps(planId, person)).isEmpty();
        assertThat(SignedIn.as(principal, () -> arrange.content(planId)).get(0).items()).extracting(PlanPart.VersionedItem::label)
                .containsExactly("Outcome", "Family and friends (Chosen)", "Specialist health and social care (Not chosen)");

        assertThat(money.content(planId).get(0).items()).isEmpty();
        mvc.perform(as(coordinator, post(plan + "/money")).param("budget", "YES").param("note", "Assessed last week"));
        assertThat(money.content(planId).get(0).title()).isEqualTo("4. How will you spend your money?");
        assertThat(money.content(planId).get(0).items()).extracting(PlanPart.VersionedItem::text).containsExactly("Yes",
                "Assessed last week");
        assertThat(money.gaps(planId, person)).isEmpty();
    }
}
