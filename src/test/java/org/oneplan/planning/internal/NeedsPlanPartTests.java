package org.oneplan.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.planning.PlanPart;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The needs part of the plan: what an agreed version holds and what the completeness check finds missing. */
@OnePlanSpringBootTest
@Import({TestAccounts.Config.class, TestPeople.Config.class})
class NeedsPlanPartTests {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired JdbcTemplate jdbc;
    @Autowired NeedsPlanPart part;

    UUID person;
    UUID plan;
    UserAccount coordinator;

    @BeforeEach
    void setUp() throws Exception {
        UUID team = accounts.newTeam("Part").id();
        person = testPeople.onCaseload(team, "Ada", "Part").id();
        coordinator = accounts.newUser(Set.of(team), Role.COORDINATOR);
        mvc.perform(as(post("/people/" + person + "/plan")));
        plan = jdbc.queryForObject("select id from care_plan where person_id = ?", UUID.class, person);
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(coordinator))).with(csrf());
    }

    @Test
    void gapsNameTheDecisionHowNeedsAreMetAndTheAdviceEachWithWhereItIsFixed() throws Exception {
        String needs = "/people/" + person + "/plan/needs";
        assertThat(part.gaps(plan, person)).containsExactly(
                new PlanPart.Gap("planning.gap.needs", needs + "/eligibility"),
                new PlanPart.Gap("planning.gap.advice", "/people/" + person + "/plan/advice/new"));
        assertThat(part.content(plan)).isEmpty();

        mvc.perform(as(post(needs + "/nutrition")).param("unable", "YES").param("cannotDo", "I cannot cook")
                .param("wellbeingImpact", "I skip meals").param("councilWillMeet", "true"));
        mvc.perform(as(post(needs + "/hygiene")).param("unable", "YES").param("cannotDo", "I cannot bathe"));
        mvc.perform(as(post(needs + "/eligibility")).param("decision", "MEETS").param("reason", "Two needs"));
        assertThat(part.gaps(plan, person)).extracting(PlanPart.Gap::messageKey, PlanPart.Gap::fixHref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("planning.gap.howMet", needs + "/nutrition"),
                        org.assertj.core.groups.Tuple.tuple("planning.gap.advice", "/people/" + person + "/plan/advice/new"));

        mvc.perform(as(post(needs + "/nutrition")).param("unable", "YES").param("cannotDo", "I cannot cook")
                .param("councilWillMeet", "true").param("howMet", "A personal assistant cooks with me").param("version", "0"));
        mvc.perform(as(post("/people/" + person + "/plan/advice/new")).param("what", "Meals on wheels leaflet")
                .param("givenBy", "Sam Patel").param("givenOn.day", "2").param("givenOn.month", "3")
                .param("givenOn.year", "2026").param("format", "PRINTED"));
        assertThat(part.gaps(plan, person)).isEmpty();

        var content = part.content(plan);
        assertThat(content).extracting(PlanPart.VersionedSection::title)
                .containsExactly("Assessed needs and eligibility", "Advice and information");
        assertThat(content.get(0).items()).extracting(PlanPart.VersionedItem::label)
                .containsExactly("Eating and drinking well", "Washing and keeping clean", "Eligibility decision");
        assertThat(content.get(0).items().get(0).text()).isEqualTo("Unable to achieve\nI cannot cook\n"
                + "The council will meet this need: A personal assistant cooks with me");
        assertThat(content.get(0).items().get(2).text())
                .isEqualTo("The needs meet the eligibility criteria\nTwo needs");
        assertThat(content.get(1).items()).singleElement().satisfies(i -> {
            assertThat(i.label()).isEqualTo("Printed from Sam Patel, 2 March 2026");
            assertThat(i.text()).isEqualTo("Meals on wheels leaflet");
        });
    }
}
