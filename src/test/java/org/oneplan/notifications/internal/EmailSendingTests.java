package org.oneplan.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.oneplan.audit.AuditTrail;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;

/** Email is off unless turned on, and turned on it needs a mail server. */
class EmailSendingTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, EmailSending.class)
            .withBean(OutboxClaims.class, () -> mock(OutboxClaims.class))
            .withBean(AuditTrail.class, () -> mock(AuditTrail.class))
            .withBean(Clock.class, Clock::systemUTC);

    @EnableConfigurationProperties(NotificationSettings.class)
    static class Settings {
    }

    @Test
    void offByDefaultSoNothingIsSent() {
        context.run(c -> {
            assertThat(c).hasNotFailed().doesNotHaveBean(OutboxSender.class);
            assertThat(c.getBean(NotificationSettings.class).email().enabled()).isFalse();
        });
    }

    @Test
    void onWithAMailServerTheSenderRunsOnASchedule() {
        context.withPropertyValues("oneplan.notifications.email.enabled=true")
                .withBean(JavaMailSender.class, () -> mock(JavaMailSender.class))
                .run(c -> assertThat(c).hasSingleBean(OutboxSender.class).hasSingleBean(EmailSending.Schedule.class));
    }

    @Test
    void onWithoutAMailServerRefusesToStartAndSaysWhatToSet() {
        context.withPropertyValues("oneplan.notifications.email.enabled=true")
                .run(c -> assertThat(c).hasFailed().getFailure().rootCause().hasMessageContaining("spring.mail.host"));
    }
}
