package org.oneplan.planning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanVersionRepository extends JpaRepository<PlanVersion, UUID> {

    @Query("select v from PlanVersion v where v.planId = ?1 order by v.number")
    List<PlanVersion> allOf(UUID planId);

    @Query("select v from PlanVersion v where v.planId = ?1 and v.number = ?2")
    Optional<PlanVersion> find(UUID planId, int number);

    @Query("select v from PlanVersion v where v.planId = ?1 order by v.number desc limit 1")
    Optional<PlanVersion> latest(UUID planId);
}
