package org.oneplan.planning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The options of a plan, oldest first; removed ones are kept but not found. */
interface PlanOptionRepository extends JpaRepository<PlanOption, UUID> {

    List<PlanOption> findByPlanIdAndRemovedAtIsNullOrderByAddedAt(UUID planId);

    Optional<PlanOption> findByIdAndPlanIdAndRemovedAtIsNull(UUID id, UUID planId);
}
