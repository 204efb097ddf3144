package org.oneplan.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.directory.Directory;
import org.oneplan.directory.DirectoryEntry;
import org.oneplan.directory.DirectoryRevision;
import org.oneplan.directory.DirectorySearch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the directory. Entries are not anyone's record, so reading them is not audited; only staff may read
 * them, and only administrators may look at retired entries in a search.
 */
@Service
@Transactional(readOnly = true)
public class JpaDirectory implements Directory {

    private final EntryRepository entries;
    private final EntryRevisionRepository revisions;
    private final EntrySearch searches;
    private final EntryViews views;
    private final DirectoryAccess access;

    JpaDirectory(EntryRepository entries, EntryRevisionRepository revisions, EntrySearch searches, EntryViews views,
                 DirectoryAccess access) {
        this.entries = entries;
        this.revisions = revisions;
        this.searches = searches;
        this.views = views;
        this.access = access;
    }

    @Override
    public Optional<DirectoryEntry> find(UUID id) {
        access.reader();
        return entries.findById(id).map(views::one);
    }

    @Override
    public Page<DirectoryEntry> search(DirectorySearch search, Pageable pageable) {
        boolean retired = search.includeRetired() && DirectoryAccess.maintains(access.reader());
        Page<Entry> page = searches.find(search, retired, pageable);
        return new PageImpl<>(views.all(page.getContent()), pageable, page.getTotalElements());
    }

    @Override
    public List<String> areas() {
        access.reader();
        return entries.areas();
    }

    /** The entry's revisions, newest first, each with the fields it changed. */
    public List<DirectoryRevision> history(UUID id) {
        access.reader();
        List<EntryRevision> all = revisions.findByEntryIdOrderByNumber(id);
        List<DirectoryRevision> history = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            history.add(all.get(i).view(i == 0 ? null : all.get(i - 1)));
        }
        return history;
    }
}
