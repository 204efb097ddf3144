package org.oneplan.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditRecord;

/** One audit row. Immutable: Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    private long seq;
    private UUID id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Column(name = "actor_role")
    private String actorRole;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    @Column(name = "record_type")
    private String recordType;
    @Column(name = "record_id")
    private UUID recordId;
    private String detail;
    private String address;
    @Column(name = "previous_hash")
    private String previousHash;
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(long seq, Instant occurredAt, String actor, String actorRole, AuditAction action,
               String recordType, UUID recordId, String detail, String address, String previousHash) {
        this.seq = seq;
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.detail = detail;
        this.address = address;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /** The hash this row should carry, from its own content and the previous row's hash. */
    String computeHash() {
        return HashChain.sha256(previousHash, Long.toString(seq), id.toString(), occurredAt.toString(), actor,
                actorRole, action.name(), recordType, recordId == null ? null : recordId.toString(), detail,
                address);
    }

    /** Its columns in the order of the insert: seq, id, occurred_at … address, previous_hash, hash. */
    Object[] columns() {
        return new Object[] {seq, id, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC), actor,
            actorRole, action.name(), recordType, recordId, detail, address, previousHash, hash};
    }

    long seq() {
        return seq;
    }

    String hash() {
        return hash;
    }

    String previousHash() {
        return previousHash;
    }

    AuditRecord toRecord() {
        return new AuditRecord(seq, occurredAt, actor, actorRole, action, recordType, recordId, detail, address);
    }
}
