package org.oneplan.notifications.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneplan.notifications.*}: where people sign in, whether email is sent (off by default: messages then
 * wait in the outbox page), and how the sender retries. The SMTP server itself is {@code spring.mail.*}.
 */
@ConfigurationProperties("oneplan.notifications")
public record NotificationSettings(@DefaultValue("http://localhost:8080/sign-in") String signInUrl,
                                   @DefaultValue Email email, @DefaultValue Retry retry) {

    /**
     * @param from      the sender address, e.g. {@code OnePlan <no-reply@council.example>}
     * @param sendEvery the pause between two runs of the sender
     * @param batchSize the most messages one run claims
     * @param claimFor  how long a claim keeps other instances off a message: longer than a send can take
     */
    public record Email(@DefaultValue("false") boolean enabled,
                        @DefaultValue("OnePlan <no-reply@oneplan.invalid>") String from,
                        @DefaultValue("30s") Duration sendEvery, @DefaultValue("20") int batchSize,
                        @DefaultValue("5m") Duration claimFor) {
    }

    /** A failed send is tried again after firstDelay, then twice as long each time up to maxDelay. */
    public record Retry(@DefaultValue("1m") Duration firstDelay, @DefaultValue("6h") Duration maxDelay,
                        @DefaultValue("10") int maxAttempts) {

        /** The wait after the given number of failed attempts (1 for the first failure). */
        Duration delayAfter(int failedAttempts) {
            int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }
}
