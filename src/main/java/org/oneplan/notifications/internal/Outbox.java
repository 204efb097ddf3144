package org.oneplan.notifications.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as administrators see it: newest first, with failures to try again. */
@Service
@Transactional
public class Outbox {

    static final int PAGE_SIZE = 25;

    private final OutboxRepository outbox;
    private final Audience audience;
    private final NotificationSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    Outbox(OutboxRepository outbox, Audience audience, NotificationSettings settings, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.audience = audience;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean emailEnabled() {
        return settings.email().enabled();
    }

    public Page<OutboxEntry> list(int page) {
        Audience.Scope scope = audience.forOutbox();
        Pageable request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
        Page<OutboxMessage> rows = scope.everyone() ? outbox.findAll(request)
                : scope.people().isEmpty() ? Page.empty(request) : outbox.findByPersonIdIn(scope.people(), request);
        Map<UUID, String> names = audience.names(scope, rows.map(OutboxMessage::personId).getContent());
        audit.record(AuditAction.SEARCHED, "NotificationOutbox", null, "Viewed the notifications outbox");
        return rows.map(m -> new OutboxEntry(m.id(), scope.named() ? m.personId() : null, names.get(m.personId()),
                m.topic(), m.subject(), m.body(), m.status().name(), m.attempts(), m.createdAt(), m.nextAttemptAt(),
                m.sentAt(), m.lastError()));
    }

    /** Puts a message that failed too often back in the queue; false if it had not failed (e.g. a second click). */
    public boolean tryAgain(UUID messageId) {
        Audience.Scope scope = audience.forOutbox();
        OutboxMessage message = outbox.findById(messageId).filter(m -> scope.covers(m.personId()))
                .orElseThrow(() -> new RecordNotFoundException("Notification"));
        boolean queued = message.tryAgain(clock.instant());
        if (queued) {
            audit.record(AuditAction.UPDATED, "Person", message.personId(), "Asked for a failed email to be sent again");
        }
        return queued;
    }

    /** Emails that failed too often, among those the user may see. */
    @Transactional(readOnly = true)
    public long failedCount() {
        Audience.Scope scope = audience.forOutbox();
        if (scope.everyone()) {
            return outbox.countByStatus(OutboxMessage.Status.FAILED);
        }
        return scope.people().isEmpty() ? 0 : outbox.countByStatusAndPersonIdIn(OutboxMessage.Status.FAILED, scope.people());
    }
}
