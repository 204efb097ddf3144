package org.oneplan.directory.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.oneplan.directory.DirectoryDraft;
import org.oneplan.directory.DirectoryRuleException;
import org.oneplan.directory.RevisionKind;
import org.oneplan.web.StaleRecordException;

/**
 * One resource in the directory. It is never deleted: retiring takes it out of searches and reinstating brings
 * it back. Every change returns the revision that records it, numbered from 1.
 */
@Entity
@Table(name = "directory_entry")
class Entry {

    @Id
    private UUID id;
    @Embedded
    private EntryContent content;
    private String nameKey;
    private String areaKey;
    private String searchText;
    private LocalDate lastChecked;
    private String checkedBy;
    private Instant retiredAt;
    private String retiredBy;
    private int revisions;
    @Version
    private Long version;

    protected Entry() {
    }

    private Entry(UUID id) {
        this.id = id;
    }

    /** A new entry; {@code lastChecked} may be null when nobody says it was checked. */
    static Entry add(DirectoryDraft draft, LocalDate lastChecked, String checkedBy) {
        Entry entry = new Entry(UUID.randomUUID());
        entry.write(draft);
        entry.lastChecked = lastChecked;
        entry.checkedBy = lastChecked == null ? null : checkedBy;
        return entry;
    }

    void rewrite(DirectoryDraft draft, long expectedVersion) {
        checkVersion(expectedVersion);
        if (retired()) {
            throw new DirectoryRuleException("name", "directory.error.retired");
        }
        write(draft);
    }

    void markChecked(LocalDate today, String by) {
        this.lastChecked = today;
        this.checkedBy = by;
    }

    void retire(String by, Instant now) {
        if (retired()) {
            throw new DirectoryRuleException("entry", "directory.error.alreadyRetired");
        }
        this.retiredAt = now;
        this.retiredBy = by;
    }

    void reinstate() {
        if (!retired()) {
            throw new DirectoryRuleException("entry", "directory.error.notRetired");
        }
        this.retiredAt = null;
        this.retiredBy = null;
    }

    /** Records the entry as it stands now as its next revision. */
    EntryRevision revision(RevisionKind kind, String by, Instant now) {
        revisions++;
        return new EntryRevision(this, revisions, kind, by, now);
    }

    void checkVersion(long expectedVersion) {
        if (version == null || version != expectedVersion) {
            throw new StaleRecordException(version == null ? 0 : version);
        }
    }

    private void write(DirectoryDraft draft) {
        this.content = new EntryContent(draft);
        this.nameKey = key(draft.name());
        this.areaKey = key(draft.area());
        this.searchText = key(draft.name() + " " + draft.description());
    }

    static String key(String text) {
        return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    UUID id() { return id; }
    DirectoryDraft draft() { return content.draft(); }
    EntryContent content() { return content; }
    LocalDate lastChecked() { return lastChecked; }
    String checkedBy() { return checkedBy; }
    Instant retiredAt() { return retiredAt; }
    String retiredBy() { return retiredBy; }
    boolean retired() { return retiredAt != null; }
    long version() { return version == null ? 0 : version; }
}
