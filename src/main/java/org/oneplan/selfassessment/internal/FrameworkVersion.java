package org.oneplan.selfassessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One stored version of a framework: the file as validated, and who loaded it when. Never changed. */
@Entity
@Table(name = "selfassessment_framework")
class FrameworkVersion {

    @Id
    private UUID id;
    @Column(name = "framework_key")
    private String key;
    private int version;
    private String title;
    private String content;
    private Instant loadedAt;
    private String loadedBy;

    protected FrameworkVersion() {
    }

    FrameworkVersion(String key, int version, String title, String content, Instant loadedAt, String loadedBy) {
        this.id = UUID.randomUUID();
        this.key = key;
        this.version = version;
        this.title = title;
        this.content = content;
        this.loadedAt = loadedAt;
        this.loadedBy = loadedBy;
    }

    String content() {
        return content;
    }

    StoredVersion stored() {
        return new StoredVersion(key, version, title, loadedAt, loadedBy);
    }
}
