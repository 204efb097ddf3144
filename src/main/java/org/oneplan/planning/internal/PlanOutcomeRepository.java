package org.oneplan.planning.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanOutcomeRepository extends JpaRepository<PlanOutcome, UUID> {

    @EntityGraph(attributePaths = "needCodes")
    @Query("select o from PlanOutcome o where o.planId = ?1 and o.removedAt is null order by o.position")
    List<PlanOutcome> current(UUID planId);

    @Query("select count(o) from PlanOutcome o where o.planId = ?1")
    int countEver(UUID planId);
}
