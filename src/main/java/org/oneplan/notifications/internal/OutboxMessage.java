package org.oneplan.notifications.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One email in the outbox. It is queued with the change it tells of, claimed by one sender at a time, and
 * then either sent (the address is then forgotten) or, after a failure, tried again later until it has
 * failed too often and waits for an administrator to try it again.
 */
@Entity
@Table(name = "notification_outbox")
class OutboxMessage {

    enum Status { QUEUED, SENT, FAILED }

    static final int MAX_ERROR = 500;

    @Id
    private UUID id;
    private UUID personId;
    private String topic;
    private String recipient;
    private String subject;
    private String body;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    private Instant nextAttemptAt;
    private String claimedBy;
    private Instant claimedUntil;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;
    @Version
    private Long version;

    protected OutboxMessage() {
    }

    OutboxMessage(UUID personId, String topic, String recipient, MessageTexts.Email email, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.topic = topic;
        this.recipient = recipient;
        this.subject = email.subject();
        this.body = email.body();
        this.status = Status.QUEUED;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Sent under the given claim; false (and nothing changed) if the claim is no longer this sender's. */
    boolean sent(String claim, Instant now) {
        if (!holds(claim)) {
            return false;
        }
        status = Status.SENT;
        sentAt = now;
        recipient = null;
        release();
        return true;
    }

    /** A failed send: try again after the back-off, or give up after the last attempt allowed. */
    boolean failed(String claim, String error, Instant now, NotificationSettings.Retry retry) {
        if (!holds(claim)) {
            return false;
        }
        attempts++;
        lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (attempts >= retry.maxAttempts()) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(retry.delayAfter(attempts));
        }
        release();
        return true;
    }

    /** An administrator's "try again" on a message that failed too often; false if it had not failed. */
    boolean tryAgain(Instant now) {
        if (status != Status.FAILED) {
            return false;
        }
        status = Status.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
        return true;
    }

    private boolean holds(String claim) {
        return status == Status.QUEUED && claim.equals(claimedBy);
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    UUID id() { return id; }
    UUID personId() { return personId; }
    String topic() { return topic; }
    String recipient() { return recipient; }
    String subject() { return subject; }
    String body() { return body; }
    Status status() { return status; }
    int attempts() { return attempts; }
    Instant nextAttemptAt() { return nextAttemptAt; }
    String lastError() { return lastError; }
    Instant createdAt() { return createdAt; }
    Instant sentAt() { return sentAt; }
}
