package org.oneplan.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sender's transactions, each short: claim the due messages, read one to send, record how the send went.
 * A claim is a token that only one sender holds for a message until it runs out; the send itself happens
 * outside any transaction.
 */
@Component
public class OutboxClaims {

    private final OutboxRepository outbox;

    OutboxClaims(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    /** What the sender needs to send one message. */
    public record Envelope(UUID id, UUID personId, String recipient, String subject, String body) {
    }

    /** Claims up to {@code batchSize} due messages for {@code claimFor}; returns the ones this claim won. */
    @Transactional
    public List<UUID> claimDue(String claim, Instant now, Duration claimFor, int batchSize) {
        List<UUID> won = new ArrayList<>();
        for (UUID id : outbox.dueIds(now, PageRequest.of(0, batchSize))) {
            if (outbox.claim(id, claim, now, now.plus(claimFor)) == 1) {
                won.add(id);
            }
        }
        return won;
    }

    @Transactional(readOnly = true)
    public Optional<Envelope> envelope(UUID id) {
        return outbox.findById(id).filter(m -> m.status() == OutboxMessage.Status.QUEUED)
                .map(m -> new Envelope(m.id(), m.personId(), m.recipient(), m.subject(), m.body()));
    }

    @Transactional
    public boolean sent(UUID id, String claim, Instant now) {
        return outbox.findById(id).map(m -> m.sent(claim, now)).orElse(false);
    }

    @Transactional
    public boolean failed(UUID id, String claim, String error, Instant now, NotificationSettings.Retry retry) {
        return outbox.findById(id).map(m -> m.failed(claim, error, now, retry)).orElse(false);
    }
}
