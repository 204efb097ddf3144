package org.oneplan.planning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanNeedRepository extends JpaRepository<PlanNeed, UUID> {

    List<PlanNeed> findByPlanId(UUID planId);

    Optional<PlanNeed> findByPlanIdAndCode(UUID planId, String code);
}
