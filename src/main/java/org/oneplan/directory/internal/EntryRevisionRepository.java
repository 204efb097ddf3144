package org.oneplan.directory.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EntryRevisionRepository extends JpaRepository<EntryRevision, UUID> {

    List<EntryRevision> findByEntryIdOrderByNumber(UUID entryId);
}
