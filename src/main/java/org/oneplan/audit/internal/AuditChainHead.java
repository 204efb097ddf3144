package org.oneplan.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row writers lock to append to the chain in order ({@link AuditWriter} writes it). */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

    static final String GENESIS = "0".repeat(64);

    @Id
    private int id;
    @Column(name = "last_seq")
    private long lastSeq;
    @Column(name = "last_hash")
    private String lastHash;

    protected AuditChainHead() {
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }
}
