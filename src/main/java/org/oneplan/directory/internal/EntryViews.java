package org.oneplan.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.directory.DirectoryCategories;
import org.oneplan.directory.DirectoryEntry;
import org.oneplan.directory.Freshness;
import org.springframework.stereotype.Component;

/** Entries as read, with their category's label, how fresh their last check is and how many plans use them. */
@Component
class EntryViews {

    private final EntryUseRepository uses;
    private final DirectoryCategories categories;
    private final Clock clock;

    EntryViews(EntryUseRepository uses, DirectoryCategories categories, Clock clock) {
        this.uses = uses;
        this.categories = categories;
        this.clock = clock;
    }

    DirectoryEntry one(Entry entry) {
        return all(List.of(entry)).get(0);
    }

    /** The entries in order, their uses counted in one query. */
    List<DirectoryEntry> all(List<Entry> entries) {
        Map<UUID, Long> plans = plansUsing(entries.stream().map(Entry::id).toList());
        LocalDate today = LocalDate.now(clock);
        return entries.stream().map(e -> new DirectoryEntry(e.id(), e.draft(), categories.label(e.draft().category()),
                e.lastChecked(), e.checkedBy(), Freshness.of(e.lastChecked(), today), e.retiredAt(), e.retiredBy(),
                e.version(), plans.getOrDefault(e.id(), 0L))).toList();
    }

    private Map<UUID, Long> plansUsing(Collection<UUID> ids) {
        Map<UUID, Long> plans = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : uses.plansUsing(ids)) {
                plans.put((UUID) row[0], ((Number) row[1]).longValue());
            }
        }
        return plans;
    }
}
