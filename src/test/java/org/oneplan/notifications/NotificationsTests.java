package org.oneplan.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.people.ContactMethod;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@OnePlanSpringBootTest
@Import(PeopleToNotify.Config.class)
class NotificationsTests {

    @Autowired Notifications notifications;
    @Autowired PeopleToNotify people;
    @Autowired TestAccounts accounts;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    UUID team;

    @BeforeEach
    void team() {
        team = accounts.newTeam("Notify").id();
    }

    @Test
    void theEmailIsWrittenInTheCallersTransactionAndRolledBackWithIt() {
        UUID person = people.person(team, "Ada", "Lovelace", ContactMethod.EMAIL, "ada@example.org");

        transactions.executeWithoutResult(tx -> {
            assertThat(notifications.notify(person, NotificationKind.PLAN_RETURNED)).isEqualTo(Delivery.EMAIL);
            tx.setRollbackOnly();
        });
        assertThat(emailsFor(person)).isZero();

        transactions.executeWithoutResult(tx -> notifications.notify(person, NotificationKind.PLAN_RETURNED));
        assertThat(emailsFor(person)).isOne();
    }

    @Test
    void mustBeCalledInsideATransaction() {
        UUID person = people.person(team, "Ada", "Outside", ContactMethod.EMAIL, "ada@example.org");
        assertThatThrownBy(() -> notifications.notify(person, NotificationKind.PLAN_SIGNED_OFF))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theEmailSaysWhatChangedAndHowToSignInButNothingPersonal() {
        UUID person = people.person(team, "Winifred", "Quorn", null, "winifred.quorn@example.org");
        transactions.executeWithoutResult(tx -> notifications.notify(person, NotificationKind.PLAN_SIGNED_OFF));

        Map<String, Object> email = jdbc.queryForMap(
                "select recipient, subject, body, status from notification_outbox where person_id = ?", person);
        assertThat(email.get("recipient")).isEqualTo("winifred.quorn@example.org");
        assertThat(email.get("status")).isEqualTo("QUEUED");
        String words = email.get("subject") + "\n" + email.get("body");
        assertThat(words).contains("signed off").contains("http://localhost:8080/sign-in")
                .doesNotContainIgnoringCase("Winifred").doesNotContainIgnoringCase("Quorn")
                .doesNotContain("@").doesNotContain("Mill Lane").doesNotContain("LS1").doesNotContain("£");
    }

    @Test
    void aPreferenceForALetterOrACallOrNoEmailAddressMakesATaskNotAnEmail() {
        UUID letter = people.person(team, "Lettie", "Post", ContactMethod.LETTER, "lettie@example.org");
        UUID phone = people.person(team, "Phil", "Ring", ContactMethod.PHONE, null);
        UUID noEmail = people.person(team, "Nora", "Mail", ContactMethod.EMAIL, null);
        UUID text = people.person(team, "Tex", "Tone", ContactMethod.TEXT, "tex@example.org");

        transactions.executeWithoutResult(tx -> {
            for (UUID person : new UUID[] {letter, phone, noEmail, text}) {
                assertThat(notifications.notify(person, NotificationKind.PLAN_SUBMITTED_FOR_SIGN_OFF)).isEqualTo(Delivery.TASK);
            }
        });

        assertThat(emailsFor(letter) + emailsFor(phone) + emailsFor(noEmail) + emailsFor(text)).isZero();
        assertThat(reasonFor(letter)).isEqualTo("LETTER");
        assertThat(reasonFor(phone)).isEqualTo("PHONE");
        assertThat(reasonFor(noEmail)).isEqualTo("NO_EMAIL");
        assertThat(reasonFor(text)).isEqualTo("TEXT");
    }

    @Test
    void aTopicWithoutMessagesOrAPersonWhoDoesNotExistIsRefused() {
        UUID person = people.person(team, "Ada", "Topic", ContactMethod.EMAIL, "ada@example.org");
        NotificationTopic unknown = () -> "REVIEW_DUE";
        NotificationTopic badCode = () -> "review due";
        transactions.executeWithoutResult(tx -> {
            assertThatThrownBy(() -> notifications.notify(person, unknown)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("REVIEW_DUE");
            assertThatThrownBy(() -> notifications.notify(person, badCode)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> notifications.notify(UUID.randomUUID(), NotificationKind.BUDGET_ACTIVE))
                    .isInstanceOf(IllegalArgumentException.class);
            tx.setRollbackOnly();
        });
        assertThat(emailsFor(person)).isZero();
    }

    private int emailsFor(UUID person) {
        return jdbc.queryForObject("select count(*) from notification_outbox where person_id = ?", Integer.class, person);
    }

    private String reasonFor(UUID person) {
        return jdbc.queryForObject("select reason from notification_task where person_id = ? and status = 'OPEN'",
                String.class, person);
    }
}
