package org.oneplan.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Reading the community directory, for staff: one entry, or a search. Each entry says how many plans use it.
 * Planning's forms show the entry being chosen through {@link #find}, retired or not; a plan shows the entries it
 * names to whoever may read the plan through {@link DirectoryUse#linked}.
 */
public interface Directory {

    /** The entry, retired or not; empty when there is none with this id. */
    Optional<DirectoryEntry> find(UUID id);

    /** Entries matching the search, by name; the same number of queries whatever the page holds. */
    Page<DirectoryEntry> search(DirectorySearch search, Pageable pageable);

    /** Every area an entry names, by name: suggestions when writing one, choices when searching. */
    List<String> areas();
}
