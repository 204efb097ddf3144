package org.oneplan.notifications;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.people.ContactMethod;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A team with its administrator, one person who is emailed (twice: sent for sign-off, then signed off) and one
 * who is written to (their plan was sent back), for the tests of the outbox and tasks pages.
 */
@OnePlanSpringBootTest
@Import(PeopleToNotify.Config.class)
abstract class NotificationPagesSupport {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired PeopleToNotify people;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    UUID team;
    UserAccount administrator;
    UUID emailed;
    UUID byLetter;
    int crowd;

    @BeforeEach
    void aTeamWithOnePersonToEmailAndOneToWriteTo() {
        team = accounts.newTeam("Notices").id();
        administrator = accounts.newUser(Set.of(team), Role.ADMINISTRATOR);
        emailed = people.person(team, "Esme", "Inbox", ContactMethod.EMAIL, "esme@example.org");
        byLetter = people.person(team, "Lionel", "Letter", ContactMethod.LETTER, "lionel@example.org");
        notify(emailed, NotificationKind.PLAN_SUBMITTED_FOR_SIGN_OFF);
        notify(emailed, NotificationKind.PLAN_SIGNED_OFF);
        notify(byLetter, NotificationKind.PLAN_RETURNED);
    }

    /** Adds {@code count} people to the team ("Crowd1 Member", ...), each told of one change by {@code how}. */
    void moreToTell(int count, ContactMethod how) {
        for (int i = 0; i < count; i++) {
            crowd++;
            UUID person = people.person(team, "Crowd" + crowd, "Member", how, "crowd" + crowd + "@example.org");
            notify(person, NotificationKind.PLAN_SIGNED_OFF);
        }
    }

    /** The SQL statements the page costs the administrator. */
    long statementsFor(String page) throws Exception {
        var stats = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        mvc.perform(as(administrator, get(page))).andExpect(status().isOk());
        return stats.getPrepareStatementCount();
    }

    void notify(UUID person, NotificationKind kind) {
        transactions.executeWithoutResult(tx -> notifications.notify(person, kind));
    }

    UUID taskOf(UUID person) {
        return jdbc.queryForObject("select id from notification_task where person_id = ?", UUID.class, person);
    }

    String taskStatus(UUID person) {
        return jdbc.queryForObject("select status from notification_task where person_id = ?", String.class, person);
    }

    MockHttpServletRequestBuilder as(UserAccount account, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.principal(account))).with(csrf());
    }
}
