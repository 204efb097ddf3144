package org.oneplan.planning.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.directory.DirectoryEntry;
import org.oneplan.directory.DirectoryRuleException;
import org.oneplan.directory.DirectoryUse;
import org.oneplan.planning.LinkedEntry;
import org.oneplan.planning.PlanRuleException;
import org.springframework.stereotype.Component;

/**
 * The plan's side of its links to the community directory: the entries its options and actions name, as the plan
 * shows them, and telling the directory when an item starts or stops naming one, inside the service's transaction
 * and after its access check. Refusals are on the form's {@code directoryEntryId} field.
 */
@Component
class DirectoryLinks {

    static final String FIELD = "directoryEntryId";

    private final DirectoryUse directory;

    DirectoryLinks(DirectoryUse directory) {
        this.directory = directory;
    }

    /** The entries with these ids (nulls are skipped), by id; one query whatever the number. */
    Map<UUID, LinkedEntry> entries(Collection<UUID> ids) {
        List<UUID> named = ids.stream().filter(Objects::nonNull).distinct().toList();
        return named.isEmpty() ? Map.of() : directory.linked(named).values().stream()
                .collect(Collectors.toMap(DirectoryEntry::id, LinkedEntry::of));
    }

    /**
     * The entry an item is to name, as the directory has it now; null for none. One the directory does not know is
     * refused with {@code unknownKey}. Read before the item changes, so that the item is written once.
     */
    LinkedEntry named(UUID entryId, String unknownKey) {
        LinkedEntry entry = entryId == null ? null : entries(List.of(entryId)).get(entryId);
        if (entryId != null && entry == null) {
            throw new PlanRuleException(FIELD, unknownKey);
        }
        return entry;
    }

    /**
     * Item {@code itemId} of plan {@code planId} named {@code before} and now names {@code after} (either null):
     * the old link ends and the new one starts; a retired entry, newly linked, is refused with the directory's
     * own message.
     */
    void relink(UUID planId, UUID itemId, UUID before, UUID after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before != null) {
            directory.unlink(before, planId, itemId);
        }
        if (after != null) {
            try {
                directory.link(after, planId, itemId);
            } catch (DirectoryRuleException e) {
                throw new PlanRuleException(FIELD, e.messageKey(), e.args() == null ? new Object[0] : e.args());
            }
        }
    }
}
