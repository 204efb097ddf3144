package org.oneplan.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EntryUseRepository extends JpaRepository<EntryUse, UUID> {

    Optional<EntryUse> findByEntryIdAndItemId(UUID entryId, UUID itemId);

    /** For each of the entries that any plan uses now: the entry's id and how many plans. */
    @Query("select u.entryId, count(distinct u.planId) from EntryUse u "
            + "where u.entryId in :entries and u.unlinkedAt is null group by u.entryId")
    List<Object[]> plansUsing(@Param("entries") Collection<UUID> entries);
}
