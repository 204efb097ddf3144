package org.oneplan.access.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/** One failed sign-in, counted against an account or an address. The key is a SHA-256 hash, never the clear text. */
@Entity
@Table(name = "sign_in_failure")
class SignInFailure implements Persistable<UUID> {

    enum Kind { ACCOUNT, ADDRESS }

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "key_hash")
    private String keyHash;
    @Column(name = "failed_at")
    private Instant failedAt;

    protected SignInFailure() {
    }

    SignInFailure(Kind kind, String keyHash, Instant failedAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.keyHash = keyHash;
        this.failedAt = failedAt;
    }

    @Override
    public UUID getId() {
        return id;
    }

    /** Rows are only ever inserted (and deleted in bulk), so saving one inserts it without reading it first. */
    @Override
    public boolean isNew() {
        return true;
    }
}
