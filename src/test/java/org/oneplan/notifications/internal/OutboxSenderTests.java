package org.oneplan.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.support.MutableClock;
import org.springframework.data.domain.PageRequest;

/** The sender on a fixed clock, with a fake mail server that records or refuses what it is sent. */
class OutboxSenderTests extends OutboxTestSupport {

    static final Instant T0 = Instant.parse("2001-03-14T09:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    final FakeMailSender mail = new FakeMailSender();
    final NotificationSettings settings = settings(4, 50);

    @Test
    void sendsADueEmailMarksItSentAndForgetsTheAddress() {
        UUID id = queue("ada@example.org");
        clock.advance(Duration.ofSeconds(5));

        assertThat(sender(mail).sendDue()).isEqualTo(new OutboxSender.Run(1, 0));

        assertThat(mail.sent).singleElement().satisfies(m -> {
            assertThat(m.getTo()).containsExactly("ada@example.org");
            assertThat(m.getFrom()).isEqualTo("OnePlan <no-reply@oneplan.example>");
            assertThat(m.getSubject()).isEqualTo("Your plan has been signed off");
        });
        OutboxMessage sent = outbox.findById(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(sent.sentAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(sent.recipient()).isNull();
        assertThat(audit.forRecord(person, PageRequest.of(0, 5)).getContent())
                .anySatisfy(a -> assertThat(a.detail()).isEqualTo("Emailed the person: Your plan has been signed off"));

        assertThat(sender(mail).sendDue()).as("sent once only").isEqualTo(new OutboxSender.Run(0, 0));
    }

    @Test
    void aFailureIsTriedAgainLaterWaitingTwiceAsLongEachTimeAndKeepsNoAddress() {
        UUID id = queue("ada@example.org");
        mail.down = true;

        assertThat(sender(mail).sendDue()).isEqualTo(new OutboxSender.Run(0, 1));
        OutboxMessage failed = outbox.findById(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxMessage.Status.QUEUED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(failed.lastError()).startsWith("MailSendException: 550 5.1.1 <[address]>")
                .doesNotContainIgnoringCase("ada@example.org").doesNotContain("@");

        clock.advance(Duration.ofSeconds(59));
        assertThat(sender(mail).sendDue()).as("not yet due").isEqualTo(new OutboxSender.Run(0, 0));

        clock.advance(Duration.ofSeconds(1));
        assertThat(sender(mail).sendDue()).isEqualTo(new OutboxSender.Run(0, 1));
        assertThat(outbox.findById(id).orElseThrow().nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
    }

    @Test
    void givesUpAfterTheLastAttemptAndSendsWhenAnAdministratorTriesAgainAfterTheServerRecovers() {
        UUID id = queue("ada@example.org");
        mail.down = true;
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(sender(mail).sendDue().failed()).as("attempt %s", attempt).isEqualTo(1);
            clock.advance(Duration.ofHours(7));
        }
        OutboxMessage gaveUp = outbox.findById(id).orElseThrow();
        assertThat(gaveUp.status()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(gaveUp.attempts()).isEqualTo(4);
        assertThat(gaveUp.recipient()).as("kept for trying again").isEqualTo("ada@example.org");
        assertThat(sender(mail).sendDue()).as("failed messages wait for an administrator").isEqualTo(new OutboxSender.Run(0, 0));

        mail.down = false;
        assertThat(gaveUp.tryAgain(clock.instant())).isTrue();
        outbox.save(gaveUp);
        assertThat(sender(mail).sendDue()).isEqualTo(new OutboxSender.Run(1, 0));
        assertThat(mail.sent).hasSize(1);
        assertThat(outbox.findById(id).orElseThrow().status()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void aClaimThatRanOutIsTakenOverAndTheFirstSenderCannotThenMarkItSent() {
        UUID id = queue("ada@example.org");
        assertThat(claims.claimDue("first", T0, Duration.ofMinutes(5), 10)).containsExactly(id);
        assertThat(claims.claimDue("second", T0.plus(Duration.ofMinutes(4)), Duration.ofMinutes(5), 10)).isEmpty();

        assertThat(claims.claimDue("second", T0.plus(Duration.ofMinutes(6)), Duration.ofMinutes(5), 10)).containsExactly(id);
        assertThat(claims.sent(id, "first", T0.plus(Duration.ofMinutes(7)))).isFalse();
        assertThat(claims.sent(id, "second", T0.plus(Duration.ofMinutes(7)))).isTrue();
    }

    @Test
    void theWaitDoublesFromOneMinuteUpToSixHours() {
        NotificationSettings.Retry retry = settings.retry();
        assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(retry.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(retry.delayAfter(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(retry.delayAfter(10)).isEqualTo(Duration.ofHours(6));
        assertThat(retry.delayAfter(200)).isEqualTo(Duration.ofHours(6));
    }

    UUID queue(String address) {
        return queue(address, "Your plan has been signed off", clock.instant());
    }

    OutboxSender sender(FakeMailSender server) {
        return new OutboxSender(claims, server, settings, clock, audit);
    }
}
