package org.oneplan.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.oneplan.audit.AuditTrail;
import org.oneplan.notifications.Delivery;
import org.oneplan.notifications.NotificationKind;
import org.oneplan.notifications.Notifications;
import org.oneplan.notifications.PeopleToNotify;
import org.oneplan.notifications.internal.NotificationSettings;
import org.oneplan.notifications.internal.OutboxClaims;
import org.oneplan.notifications.internal.OutboxSender;
import org.oneplan.people.ContactMethod;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications on H2 or PostgreSQL: queued with a change, then sent over SMTP (GreenMail) by two senders at
 * once, each email exactly once; a person who prefers letters gets a task instead.
 */
@Import(PeopleToNotify.Config.class)
class NotificationsJourneyIT extends JourneySupport {

    @Autowired TestAccounts accounts;
    @Autowired PeopleToNotify people;
    @Autowired Notifications notifications;
    @Autowired TransactionTemplate transactions;
    @Autowired OutboxClaims claims;
    @Autowired NotificationSettings settings;
    @Autowired AuditTrail audit;
    @Autowired JdbcTemplate jdbc;

    @Test
    void queuedWithTheChangeAndSentOnceByTwoSendersOverSmtp() throws Exception {
        UUID team = accounts.newTeam("Journey notices").id();
        List<UUID> emailed = List.of(
                people.person(team, "Ann", "Journey", ContactMethod.EMAIL, "ann.journey@example.org"),
                people.person(team, "Bea", "Journey", null, "bea.journey@example.org"),
                people.person(team, "Cal", "Journey", ContactMethod.EMAIL, "cal.journey@example.org"));
        UUID byLetter = people.person(team, "Dot", "Journey", ContactMethod.LETTER, "dot.journey@example.org");
        transactions.executeWithoutResult(tx -> {
            for (UUID person : emailed) {
                assertThat(notifications.notify(person, NotificationKind.PLAN_SUBMITTED_FOR_SIGN_OFF)).isEqualTo(Delivery.EMAIL);
                assertThat(notifications.notify(person, NotificationKind.PLAN_SIGNED_OFF)).isEqualTo(Delivery.EMAIL);
            }
            assertThat(notifications.notify(byLetter, NotificationKind.PLAN_SIGNED_OFF)).isEqualTo(Delivery.TASK);
        });

        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Clock later = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(1));
            JavaMailSenderImpl mail = new JavaMailSenderImpl();
            mail.setHost("127.0.0.1");
            mail.setPort(smtp.getSmtp().getPort());
            CompletableFuture<OutboxSender.Run> first = CompletableFuture.supplyAsync(
                    () -> new OutboxSender(claims, mail, settings, later, audit).sendDue());
            CompletableFuture<OutboxSender.Run> second = CompletableFuture.supplyAsync(
                    () -> new OutboxSender(claims, mail, settings, later, audit).sendDue());
            first.get();
            second.get();

            List<String> mine = Arrays.stream(smtp.getReceivedMessages()).map(NotificationsJourneyIT::recipient)
                    .filter(to -> to.endsWith(".journey@example.org")).sorted().toList();
            assertThat(mine).containsExactly("ann.journey@example.org", "ann.journey@example.org",
                    "bea.journey@example.org", "bea.journey@example.org", "cal.journey@example.org", "cal.journey@example.org");
        } finally {
            smtp.stop();
        }
        for (UUID person : emailed) {
            assertThat(jdbc.queryForList("select status from notification_outbox where person_id = ?", String.class, person))
                    .containsExactly("SENT", "SENT");
        }
        assertThat(jdbc.queryForObject("select reason from notification_task where person_id = ?", String.class, byLetter))
                .isEqualTo("LETTER");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
