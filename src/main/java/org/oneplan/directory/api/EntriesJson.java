package org.oneplan.directory.api;

import java.util.List;
import org.oneplan.directory.DirectoryEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** One page of entries and where it sits in the whole. Pages are numbered from 0. */
record EntriesJson(List<EntryJson> items, int page, int size, long totalItems, int totalPages) {

    static final int MAX_SIZE = 100;

    static EntriesJson of(Page<DirectoryEntry> page) {
        return new EntriesJson(page.getContent().stream().map(EntryJson::of).toList(), page.getNumber(),
                page.getSize(), page.getTotalElements(), page.getTotalPages());
    }

    /** Out-of-range numbers are pulled into range rather than refused. */
    static PageRequest request(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
    }
}
