package org.oneplan.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.directory.DirectoryCategories;
import org.oneplan.directory.DirectoryDraft;
import org.oneplan.directory.DirectoryEntry;
import org.oneplan.directory.DirectoryRuleException;
import org.oneplan.directory.RevisionKind;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the directory, for administrators: add, change (with the version the change was read at), mark as
 * checked today, retire and reinstate. Nothing is deleted; each change is a revision and an audit entry.
 */
@Service
@Transactional
public class DirectoryMaintenance {

    static final String RECORD_TYPE = "DirectoryEntry";

    private final EntryRepository entries;
    private final EntryRevisionRepository revisions;
    private final EntryViews views;
    private final DirectoryCategories categories;
    private final DirectoryAccess access;
    private final Validation validation;
    private final AuditTrail audit;
    private final Clock clock;

    DirectoryMaintenance(EntryRepository entries, EntryRevisionRepository revisions, EntryViews views,
                         DirectoryCategories categories, DirectoryAccess access, Validation validation,
                         AuditTrail audit, Clock clock) {
        this.entries = entries;
        this.revisions = revisions;
        this.views = views;
        this.categories = categories;
        this.access = access;
        this.validation = validation;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new entry, checked today by whoever adds it. */
    public DirectoryEntry add(DirectoryDraft draft) {
        String by = access.maintainer().username();
        check(draft, null);
        Entry entry = Entry.add(draft, LocalDate.now(clock), by);
        return saved(entry, RevisionKind.ADDED, by, AuditAction.CREATED, "Added a directory entry");
    }

    public DirectoryEntry change(UUID id, DirectoryDraft draft, long expectedVersion) {
        String by = access.maintainer().username();
        Entry entry = entry(id);
        check(draft, id);
        entry.rewrite(draft, expectedVersion);
        return saved(entry, RevisionKind.CHANGED, by, AuditAction.UPDATED, "Changed a directory entry");
    }

    public DirectoryEntry markChecked(UUID id) {
        String by = access.maintainer().username();
        Entry entry = entry(id);
        entry.markChecked(LocalDate.now(clock), by);
        return saved(entry, RevisionKind.CHECKED, by, AuditAction.UPDATED, "Marked a directory entry as checked");
    }

    public DirectoryEntry retire(UUID id) {
        String by = access.maintainer().username();
        Entry entry = entry(id);
        entry.retire(by, clock.instant());
        return saved(entry, RevisionKind.RETIRED, by, AuditAction.DEACTIVATED, "Retired a directory entry");
    }

    public DirectoryEntry reinstate(UUID id) {
        String by = access.maintainer().username();
        Entry entry = entry(id);
        entry.reinstate();
        return saved(entry, RevisionKind.REINSTATED, by, AuditAction.UPDATED, "Reinstated a directory entry");
    }

    /** The draft's problems as the pages and the API show them, and the category and name rules. */
    void check(DirectoryDraft draft, UUID id) {
        Validation.requireNone(validation.check(draft, ""));
        if (categories.find(draft.category()).isEmpty()) {
            throw new DirectoryRuleException("category", "directory.error.category.unknown");
        }
        entries.findByNameKeyAndAreaKey(Entry.key(draft.name()), Entry.key(draft.area()))
                .filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new DirectoryRuleException("name", "directory.error.duplicate", draft.area());
                });
    }

    private DirectoryEntry saved(Entry entry, RevisionKind kind, String by, AuditAction action, String detail) {
        EntryRevision revision = entry.revision(kind, by, clock.instant());
        entries.save(entry);
        revisions.save(revision);
        entries.flush();
        audit.record(action, RECORD_TYPE, entry.id(), detail);
        return views.one(entry);
    }

    private Entry entry(UUID id) {
        return entries.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
    }
}
