package org.oneplan.planning.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanReviewRepository extends JpaRepository<PlanReview, UUID> {

    @EntityGraph(attributePaths = "checkIns")
    Optional<PlanReview> findByPlanId(UUID planId);

    boolean existsByPlanId(UUID planId);
}
