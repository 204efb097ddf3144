package org.oneplan.planning.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanSharingRepository extends JpaRepository<PlanSharing, UUID> {

    Optional<PlanSharing> findByPlanId(UUID planId);
}
