package org.oneplan.planning.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The actions of a plan; removed ones are kept but not found. */
interface PlanActionRepository extends JpaRepository<PlanAction, UUID> {

    List<PlanAction> findByPlanIdAndRemovedAtIsNullOrderByAddedAt(UUID planId);

    Optional<PlanAction> findByIdAndPlanIdAndRemovedAtIsNull(UUID id, UUID planId);

    boolean existsByPlanIdAndRemovedAtIsNull(UUID planId);

    /** The current actions from the person out; within a layer, in the order they were added (the sort is stable). */
    default List<PlanAction> fromThePersonOut(UUID planId) {
        return findByPlanIdAndRemovedAtIsNullOrderByAddedAt(planId).stream()
                .sorted(Comparator.comparing(PlanAction::layer)).toList();
    }
}
