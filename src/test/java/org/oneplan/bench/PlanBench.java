package org.oneplan.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * How long the plan page, its PDF, its versions and its JSON take, and how many SQL statements each costs,
 * for a small plan (1 outcome, 1 action, 1 version) and a large one (10 outcomes, 40 actions, 5 versions).
 * Not part of verify; see bench/README.md.
 */
@Tag("bench")
@OnePlanSpringBootTest
@Import({TestAccounts.Config.class, TestPeople.Config.class})
class PlanBench {

    static final int ROUNDS = Integer.getInteger("bench.rounds", 100);

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired TestPeople testPeople;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    AccountPrincipal coordinator;
    String token;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        CaseloadSearchBench.database(registry);
    }

    @Test
    void planPagesForASmallAndALargePlan() throws Exception {
        UUID team = accounts.newTeam("Bench").id();
        var account = accounts.newUser(Set.of(team), Role.COORDINATOR);
        coordinator = accounts.principal(account);
        token = accounts.newApiToken(account);
        measure("small", plan(team, 1, 1, 1));
        measure("large", plan(team, 10, 4, 5));
    }

    private void measure(String size, UUID person) throws Exception {
        String plan = "/people/" + person + "/plan";
        String last = jdbc.queryForObject("select max(v.number) from plan_version v join care_plan p on p.id = v.plan_id "
                + "where p.person_id = ?", String.class, person);
        String[] pages = {plan, plan + "/plan.pdf", plan + "/versions", plan + "/versions/" + last,
            plan + "/versions/compare?from=1&to=" + last, "/api/v1/people/" + person + "/plan"};
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (String page : pages) {
            long[] nanos = new long[ROUNDS];
            stats.clear();
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                MockHttpServletRequestBuilder request = get(page);
                mvc.perform(page.startsWith("/api") ? request.header("Authorization", "Bearer " + token)
                        : request.with(user(coordinator))).andExpect(status().isOk());
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("BENCH plan %s %s: median %.2f ms, p95 %.2f ms, %d SQL statements per page%n", size,
                    page.replaceAll("[0-9a-f-]{36}", "{id}"), nanos[ROUNDS / 2] / 1e6, nanos[(int) (ROUNDS * 0.95)] / 1e6,
                    stats.getPrepareStatementCount() / ROUNDS);
        }
    }

    /** A plan with every part filled in, {@code outcomes} outcomes with {@code actionsEach} actions each, agreed {@code versions} times. */
    private UUID plan(UUID team, int outcomes, int actionsEach, int versions) throws Exception {
        UUID person = testPeople.onCaseload(team, "Bench", "Person " + outcomes).id();
        String plan = "/people/" + person + "/plan";
        ok(post(plan));
        ok(post(plan + "/conversation").param("text", "At home with my daughter").param("whose", "PERSON"));
        ok(post(plan + "/needs/eligibility").param("decision", "DOES_NOT_MEET").param("reason", "Manages with help"));
        LocalDate review = LocalDate.now().plusMonths(3);
        ok(post(plan + "/review-arrangements").param("checkIns", "CALL")
                .param("nextReview.day", "" + review.getDayOfMonth()).param("nextReview.month", "" + review.getMonthValue())
                .param("nextReview.year", "" + review.getYear()));
        for (int o = 0; o < outcomes; o++) {
            ok(post(plan + "/outcomes/new").param("text", "Outcome " + o + " in my own words, about the life I want")
                    .param("whose", "PERSON"));
            String outcome = jdbc.queryForObject("select o.id from plan_outcome o join care_plan p on p.id = o.plan_id "
                    + "where p.person_id = ? and o.text like ?", String.class, person, "Outcome " + o + " %");
            ok(post(plan + "/arrange/outcomes/" + outcome + "/options/new").param("text", "Option for outcome " + o)
                    .param("resource", "COMMUNITY").param("chosen", "true").param("why", "Close to home").param("whose", "PERSON"));
            for (int a = 0; a < actionsEach; a++) {
                ok(post(plan + "/actions/new").param("text", "Action " + a + " towards outcome " + o)
                        .param("owner", "THE_PERSON").param("dueDate.day", "1").param("dueDate.month", "1")
                        .param("dueDate.year", "2099").param("outcomeId", outcome).param("layer", "COMMUNITY"));
            }
        }
        for (int v = 1; v <= versions; v++) {
            ok(post(plan + "/advice/new").param("what", "Leaflet " + v).param("givenBy", "Sam Patel")
                    .param("givenOn.day", "1").param("givenOn.month", "11").param("givenOn.year", "2026").param("format", "PRINTED"));
            ok(post(plan + "/ready"));
            ok(post(plan + "/agreement").param("decision", "AGREE").param("capturedHow", "IN_PERSON")
                    .param("capturedBy", "Sam Patel").param("capturedOn.day", "1").param("capturedOn.month", "11")
                    .param("capturedOn.year", "2026").param("whoTookPart", "The person and their daughter"));
        }
        Integer agreed = jdbc.queryForObject("select count(*) from plan_version v join care_plan p on p.id = v.plan_id "
                + "where p.person_id = ?", Integer.class, person);
        if (agreed == null || agreed != versions) {
            throw new IllegalStateException("Expected " + versions + " versions, made " + agreed);
        }
        return person;
    }

    private void ok(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(user(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
    }
}
