package org.oneplan.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oneplan.support.MutableClock;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The outbox against a real SMTP server (GreenMail) that goes down and comes back: nothing lost, nothing twice. */
class SmtpOutboxTests extends OutboxTestSupport {

    static final Instant T0 = Instant.parse("2003-07-01T09:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    GreenMail smtp;

    @AfterEach
    void stopServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void anOutageIsRiddenOutAndEveryEmailArrivesOnce() throws Exception {
        int port = freePort();
        OutboxSender sender = new OutboxSender(claims, mailSender(port), settings(10, 20), clock, audit);
        List<UUID> ids = List.of(queue("ada@example.org", "Your plan has been signed off", T0),
                queue("bo@example.org", "Your plan has been signed off", T0),
                queue("cy@example.org", "Your plan has been signed off", T0));

        clock.advance(Duration.ofSeconds(1));
        assertThat(sender.sendDue()).as("the server is down").isEqualTo(new OutboxSender.Run(0, 3));
        assertThat(outbox.findAllById(ids)).allSatisfy(m -> {
            assertThat(m.status()).isEqualTo(OutboxMessage.Status.QUEUED);
            assertThat(m.lastError()).contains("connect").doesNotContain("@");
        });

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isEqualTo(new OutboxSender.Run(3, 0));
        assertThat(sender.sendDue()).isEqualTo(new OutboxSender.Run(0, 0));
        clock.advance(Duration.ofHours(7));
        assertThat(sender.sendDue()).as("nothing sent twice later").isEqualTo(new OutboxSender.Run(0, 0));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).map(SmtpOutboxTests::recipient))
                .containsExactlyInAnyOrder("ada@example.org", "bo@example.org", "cy@example.org");
        assertThat(received[0].getSubject()).isEqualTo("Your plan has been signed off");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("OnePlan <no-reply@oneplan.example>");
        assertThat(GreenMailUtil.getBody(received[0])).isEqualTo("Hello");
        assertThat(outbox.findAllById(ids)).allSatisfy(m -> assertThat(m.status()).isEqualTo(OutboxMessage.Status.SENT));
    }

    private static JavaMailSenderImpl mailSender(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        Properties timeouts = new Properties();
        timeouts.put("mail.smtp.connectiontimeout", "2000");
        timeouts.put("mail.smtp.timeout", "5000");
        mail.setJavaMailProperties(timeouts);
        return mail;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
