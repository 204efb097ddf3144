package org.oneplan.notifications.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.oneplan.audit.AuditTrail;
import org.oneplan.notifications.PeopleToNotify;
import org.oneplan.people.ContactMethod;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Senders on fixed clocks in the early 2000s, so that only a test's own messages are due (other tests queue
 * theirs today), and a person to send them to.
 */
@OnePlanSpringBootTest
@Import(PeopleToNotify.Config.class)
abstract class OutboxTestSupport {

    @Autowired OutboxClaims claims;
    @Autowired OutboxRepository outbox;
    @Autowired AuditTrail audit;
    @Autowired PeopleToNotify people;
    @Autowired TestAccounts accounts;
    @Autowired JdbcTemplate jdbc;

    UUID person;

    static NotificationSettings settings(int maxAttempts, int batchSize) {
        return new NotificationSettings("https://oneplan.example/sign-in",
                new NotificationSettings.Email(true, "OnePlan <no-reply@oneplan.example>", Duration.ofSeconds(30), batchSize,
                        Duration.ofMinutes(5)),
                new NotificationSettings.Retry(Duration.ofMinutes(1), Duration.ofHours(6), maxAttempts));
    }

    @BeforeEach
    void onlyThisTestsMessagesAreDue() {
        jdbc.update("delete from notification_outbox where created_at < ?", Timestamp.from(Instant.parse("2010-01-01T00:00:00Z")));
        person = people.person(accounts.newTeam("Sender").id(), "Ada", "Sender", ContactMethod.EMAIL, "ada@example.org");
    }

    UUID queue(String address, String subject, Instant at) {
        return outbox.save(new OutboxMessage(person, "PLAN_SIGNED_OFF", address, new MessageTexts.Email(subject, "Hello"), at)).id();
    }
}
