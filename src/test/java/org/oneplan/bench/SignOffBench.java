package org.oneplan.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.budget.internal.SignOffQueue;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.SignOffHistories;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * How long the authoriser's sign-off queue (page, first and last, and the API) and the managers' sign-off dashboard
 * take, and how many SQL statements each costs, with {@value #PLANS} plans on {@value #TEAMS} teams of one
 * organisation and {@value #STEPS} status events each (100,000 in all, {@link SignOffHistories}). Not part of verify;
 * see bench/README.md.
 */
@Tag("bench")
@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class SignOffBench {

    static final int TEAMS = 20;
    static final int PLANS = 10_000;
    static final int STEPS = 10;

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    /** As {@link ReviewBench}: on H2 without its cache of prepared statements' results. */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ReviewBench.database(registry);
    }

    @Test
    void signOffQueueAndDashboard() throws Exception {
        List<UUID> teams = new ArrayList<>();
        UUID first = accounts.newTeam("Bench").id();
        teams.add(first);
        for (int t = 1; t < TEAMS; t++) {
            teams.add(accounts.newTeamBeside(first, "Bench").id());
        }
        long start = System.nanoTime();
        SignOffHistories.Seeded seeded = SignOffHistories.seed(jdbc, teams, PLANS, STEPS, 42);
        jdbc.execute("analyze");
        System.out.printf("BENCH sign-off seeded %d plans, %d sign-offs, %d steps, %d with the authoriser in %.1f s%n",
                seeded.people().size(), seeded.signOffs(), seeded.steps(), seeded.waiting(),
                (System.nanoTime() - start) / 1e9);
        queue("one team", accounts.newUser(Set.of(first), Role.AUTHORISER));
        queue("five teams", accounts.newUser(Set.copyOf(teams.subList(0, 5)), Role.AUTHORISER));
        queue("all 20 teams", accounts.newUser(Set.copyOf(teams), Role.AUTHORISER));
        dashboard("one team", accounts.newUser(Set.of(first), Role.MANAGER));
        dashboard("five teams", accounts.newUser(Set.copyOf(teams.subList(0, 5)), Role.MANAGER));
        dashboard("all 20 teams", accounts.newUser(Set.copyOf(teams), Role.MANAGER));
    }

    private void queue(String who, UserAccount authoriser) throws Exception {
        var principal = accounts.principal(authoriser);
        var queue = (SignOffQueue.Queue) mvc.perform(get("/sign-offs").with(user(principal)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("queue");
        int last = Math.max(queue.page().getTotalPages() - 1, 0);
        System.out.printf("BENCH sign-off queue for %s holds %d%n", who, queue.page().getTotalElements());
        measure("/sign-offs (" + who + ")", () -> get("/sign-offs").with(user(principal)));
        measure("/sign-offs?page=" + last + " (" + who + ")",
                () -> get("/sign-offs?page=" + last).with(user(principal)));
        String token = "Bearer " + accounts.newApiToken(authoriser);
        measure("/api/v1/sign-offs?size=100 (" + who + ")",
                () -> get("/api/v1/sign-offs?size=100").header("Authorization", token));
    }

    private void dashboard(String who, UserAccount manager) throws Exception {
        var principal = accounts.principal(manager);
        measure("/sign-offs/dashboard (" + who + ")", () -> get("/sign-offs/dashboard").with(user(principal)));
    }

    private void measure(String page, Supplier<MockHttpServletRequestBuilder> request) throws Exception {
        new PageTimings("sign-off", mvc, entityManagerFactory).measure(page, request);
    }
}
