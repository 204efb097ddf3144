package org.oneplan.notifications.internal;

import java.time.Clock;
import org.oneplan.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * With {@code oneplan.notifications.email.enabled=true}, sends the outbox over SMTP ({@code spring.mail.*})
 * every {@code oneplan.notifications.email.send-every}. Off, messages wait in the outbox page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("oneplan.notifications.email.enabled")
class EmailSending {

    @Bean
    OutboxSender outboxSender(OutboxClaims claims, ObjectProvider<JavaMailSender> mail, NotificationSettings settings,
                              Clock clock, AuditTrail audit) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("oneplan.notifications.email.enabled is true but no mail server is set: "
                    + "set spring.mail.host (and spring.mail.port, username, password)");
        }
        return new OutboxSender(claims, sender, settings, clock, audit);
    }

    @Bean
    Schedule outboxSchedule(OutboxSender sender) {
        return new Schedule(sender);
    }

    static class Schedule {

        private final OutboxSender sender;

        Schedule(OutboxSender sender) {
            this.sender = sender;
        }

        @Scheduled(fixedDelayString = "${oneplan.notifications.email.send-every:30s}",
                initialDelayString = "${oneplan.notifications.email.send-every:30s}")
        void send() {
            sender.sendDue();
        }
    }
}
