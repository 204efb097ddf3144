package org.oneplan.bench;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.review.ReviewLists;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How long the team review lists, "my" reviews, the team's actions due and "my" actions take, and how many SQL
 * statements each costs, for a coordinator on a team of 5,000 among 50 teams holding 100,000 people, 300,000 reviews
 * and 300,000 actions ({@link ReviewBenchData}). Not part of verify; see bench/README.md.
 */
@Tag("bench")
@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class ReviewBench {

    static final int TEAMS = 50;

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;
    @Autowired Clock clock;

    AccountPrincipal coordinator;

    /**
     * On H2, with no cache of prepared statements: H2 hands a cached statement run again with the same parameters its
     * last result, so repeating one page would time the cache instead of the queries.
     */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:oneplan-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=0");
        CaseloadSearchBench.database(registry);
    }

    @Test
    void reviewListsAndActionsDue() throws Exception {
        List<UUID> teams = new ArrayList<>();
        for (int t = 0; t < TEAMS; t++) {
            teams.add(accounts.newTeam("Bench").id());
        }
        UUID big = teams.get(0);
        UUID other = teams.get(1);
        UserAccount account = accounts.newUser(Set.of(big, other), Role.COORDINATOR);
        coordinator = accounts.principal(account);
        long start = System.nanoTime();
        new ReviewBenchData(jdbc, teams, account.id(), account.displayName(), LocalDate.now(clock)).seed();
        jdbc.execute("analyze");
        System.out.printf("BENCH reviews seeded in %.1f s%n", (System.nanoTime() - start) / 1e9);
        for (String list : new String[] {"overdue", "due", "requested", "not-reviewed"}) {
            String page = "/reviews?team=" + big + "&list=" + list;
            measure(page);
            measure(page + "&page=" + (reviewPages(page) - 1));
        }
        measure("/reviews?team=" + other + "&list=overdue");
        for (String list : new String[] {"overdue", "due", "requested", "not-reviewed"}) {
            measure("/reviews/mine?list=" + list);
        }
        String due = "/actions/due?team=" + big;
        measure(due);
        measure(due + "&page=" + (actionPages(due) - 1));
        for (String filter : new String[] {"&owner=PRACTITIONER", "&status=IN_PROGRESS", "&status=DONE",
            "&owner=THE_PERSON&status=NOT_STARTED"}) {
            measure(due + filter);
        }
        measure("/actions/due?team=" + other);
        measure("/actions/mine");
        measure("/actions/mine?page=" + (actionPages("/actions/mine") - 1));
        measure("/actions/mine?owner=PRACTITIONER&status=IN_PROGRESS");
        measure("/");
    }

    private void measure(String page) throws Exception {
        new PageTimings("reviews", mvc, entityManagerFactory).measure(page.replaceAll("[0-9a-f-]{36}", "{team}"),
                () -> get(page).with(user(coordinator)));
    }

    private int reviewPages(String page) throws Exception {
        var lists = (ReviewLists.Lists) model(page, "lists");
        System.out.printf("BENCH reviews %s holds %d%n", page.replaceAll("[0-9a-f-]{36}", "{team}"),
                lists.page().getTotalElements());
        return Math.max(1, lists.page().getTotalPages());
    }

    private int actionPages(String page) throws Exception {
        var actions = (Page<?>) model(page, "actions");
        System.out.printf("BENCH reviews %s holds %d%n", page.replaceAll("[0-9a-f-]{36}", "{team}"),
                actions.getTotalElements());
        return Math.max(1, actions.getTotalPages());
    }

    private Object model(String page, String name) throws Exception {
        return mvc.perform(get(page).with(user(coordinator))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get(name);
    }
}
