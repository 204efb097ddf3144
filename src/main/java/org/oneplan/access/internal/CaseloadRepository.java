package org.oneplan.access.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseloadRepository extends JpaRepository<CaseloadEntry, CaseloadEntry.Key> {

    @Query("select count(c) > 0 from CaseloadEntry c where c.personId = ?1 and c.teamId in ?2")
    boolean existsForAnyTeam(UUID personId, Collection<UUID> teamIds);

    List<CaseloadEntry> findByPersonId(UUID personId);

    @Query("select distinct c.personId from CaseloadEntry c where c.teamId in ?1")
    List<UUID> personIdsOn(Collection<UUID> teamIds);
}
