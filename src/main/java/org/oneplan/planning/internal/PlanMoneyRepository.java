package org.oneplan.planning.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanMoneyRepository extends JpaRepository<PlanMoney, UUID> {

    Optional<PlanMoney> findByPlanId(UUID planId);
}
