package org.oneplan.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Reading the community directory, for staff: one entry, or a search. Each entry says how many plans use it.
 * Planning shows an entry it links to through {@link #find}, retired or not.
 */
public interface Directory {

    /** The entry, retired or not; empty when there is none with this id. */
    Optional<DirectoryEntry> find(UUID id);

    /** Entries matching the search, by name; the same number of queries whatever the page holds. */
    Page<DirectoryEntry> search(DirectorySearch search, Pageable pageable);

    /** Every area an entry names, by name: suggestions when writing one, choices when searching. */
    List<String> areas();
}
