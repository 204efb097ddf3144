package org.oneplan.directory.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.access.CurrentUsers;
import org.oneplan.directory.DirectoryEntry;
import org.oneplan.directory.DirectoryRuleException;
import org.oneplan.directory.DirectoryUse;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Links between plans' items and entries, one row per entry and item, ended rather than deleted. */
@Service
@Transactional
class JpaDirectoryUse implements DirectoryUse {

    private final EntryRepository entries;
    private final EntryUseRepository uses;
    private final EntryViews views;
    private final CurrentUsers users;
    private final Clock clock;

    JpaDirectoryUse(EntryRepository entries, EntryUseRepository uses, EntryViews views, CurrentUsers users,
                    Clock clock) {
        this.entries = entries;
        this.uses = uses;
        this.views = views;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void link(UUID entryId, UUID planId, UUID itemId) {
        Entry entry = entries.findById(entryId).orElseThrow(() -> new RecordNotFoundException("DirectoryEntry"));
        String by = users.require().username();
        var existing = uses.findByEntryIdAndItemId(entryId, itemId);
        if (entry.retired() && existing.isEmpty()) {
            throw new DirectoryRuleException("entryId", "directory.error.linkRetired");
        }
        existing.ifPresentOrElse(use -> use.relink(planId, by, clock.instant()),
                () -> uses.save(new EntryUse(entryId, planId, itemId, by, clock.instant())));
    }

    @Override
    public void unlink(UUID entryId, UUID planId, UUID itemId) {
        String by = users.require().username();
        uses.findByEntryIdAndItemId(entryId, itemId).ifPresent(use -> use.unlink(by, clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public long plansUsing(UUID entryId) {
        List<Object[]> rows = uses.plansUsing(List.of(entryId));
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)[1]).longValue();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, DirectoryEntry> linked(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return views.all(entries.findAllById(entryIds)).stream()
                .collect(Collectors.toMap(DirectoryEntry::id, Function.identity()));
    }
}
