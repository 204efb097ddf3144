package org.oneplan.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.oneplan.support.MutableClock;
import org.springframework.mail.SimpleMailMessage;

/** Two instances sending the same outbox at once: every message goes out exactly once. */
class ClaimingTests extends OutboxTestSupport {

    static final Instant T0 = Instant.parse("2002-05-01T09:00:00Z");
    static final int MESSAGES = 60;

    @Test
    void twoSendersRunningTogetherNeverSendTheSameMessage() throws Exception {
        for (int i = 0; i < MESSAGES; i++) {
            queue("person" + i + "@example.org", "Your plan has been signed off", T0);
        }
        MutableClock clock = new MutableClock(T0.plusSeconds(1));
        NotificationSettings sendSevenAtATime = settings(10, 7);
        FakeMailSender first = new FakeMailSender();
        FakeMailSender second = new FakeMailSender();
        first.pauseMillis = 2;
        second.pauseMillis = 2;

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (FakeMailSender server : List.of(first, second)) {
                OutboxSender sender = new OutboxSender(claims, server, sendSevenAtATime, clock, audit);
                runs.add(threads.submit(untilEmpty(sender)));
            }
            assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(MESSAGES);
        } finally {
            threads.shutdownNow();
        }

        List<String> recipients = new ArrayList<>();
        for (SimpleMailMessage m : first.sent) {
            recipients.add(m.getTo()[0]);
        }
        for (SimpleMailMessage m : second.sent) {
            recipients.add(m.getTo()[0]);
        }
        assertThat(recipients).hasSize(MESSAGES).doesNotHaveDuplicates();
        assertThat(first.sent).as("both senders took part").isNotEmpty();
        assertThat(second.sent).as("both senders took part").isNotEmpty();
    }

    private static Callable<Integer> untilEmpty(OutboxSender sender) {
        return () -> {
            int total = 0;
            for (int run = 0; run < 100; run++) {
                OutboxSender.Run result = sender.sendDue();
                total += result.sent();
                if (result.sent() == 0 && result.failed() == 0 && run > 3) {
                    return total;
                }
            }
            return total;
        };
    }
}
