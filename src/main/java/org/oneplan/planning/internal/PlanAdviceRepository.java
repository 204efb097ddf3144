package org.oneplan.planning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Advice and information of a plan, oldest first; removed items are kept but not found. */
interface PlanAdviceRepository extends JpaRepository<PlanAdvice, UUID> {

    List<PlanAdvice> findByPlanIdAndRemovedAtIsNullOrderByAddedAt(UUID planId);

    Optional<PlanAdvice> findByIdAndPlanIdAndRemovedAtIsNull(UUID id, UUID planId);
}
