package org.oneplan.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntryRepository extends JpaRepository<Entry, UUID> {

    /** The entry with this name in this area, in any case: there is at most one. */
    Optional<Entry> findByNameKeyAndAreaKey(String nameKey, String areaKey);

    @Query("select distinct e.content.area from Entry e where e.retiredAt is null order by e.content.area")
    List<String> areas();
}
