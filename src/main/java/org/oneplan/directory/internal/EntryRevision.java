package org.oneplan.directory.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.directory.DirectoryRevision;
import org.oneplan.directory.RevisionKind;

/** An entry as it stood after one change, with who made the change and when. Written once, never changed. */
@Entity
@Table(name = "directory_revision")
class EntryRevision {

    @Id
    private UUID id;
    private UUID entryId;
    private int number;
    @Enumerated(EnumType.STRING)
    private RevisionKind kind;
    private Instant changedAt;
    private String changedBy;
    @Embedded
    private EntryContent content;
    private LocalDate lastChecked;
    private String checkedBy;
    private boolean retired;

    protected EntryRevision() {
    }

    EntryRevision(Entry entry, int number, RevisionKind kind, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.entryId = entry.id();
        this.number = number;
        this.kind = kind;
        this.changedBy = by;
        this.changedAt = now;
        this.content = new EntryContent(entry.draft());
        this.lastChecked = entry.lastChecked();
        this.checkedBy = entry.checkedBy();
        this.retired = entry.retired();
    }

    /** This revision as read, with the fields it changed from {@code previous} (null for the first). */
    DirectoryRevision view(EntryRevision previous) {
        List<String> changed = previous == null ? List.of()
                : EntryContent.changedFields(previous.content.draft(), content.draft());
        return new DirectoryRevision(number, kind, changedAt, changedBy, content.draft(), changed);
    }

    int number() { return number; }
}
