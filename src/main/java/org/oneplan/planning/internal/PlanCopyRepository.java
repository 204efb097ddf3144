package org.oneplan.planning.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The copies of a plan given, the most recently given first. */
interface PlanCopyRepository extends JpaRepository<PlanCopy, UUID> {

    @Query("select c from PlanCopy c where c.planId = ?1 order by c.givenOn desc, c.recordedAt desc")
    List<PlanCopy> allOf(UUID planId);
}
