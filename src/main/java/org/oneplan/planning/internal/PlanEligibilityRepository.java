package org.oneplan.planning.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanEligibilityRepository extends JpaRepository<PlanEligibility, UUID> {

    Optional<PlanEligibility> findByPlanId(UUID planId);
}
