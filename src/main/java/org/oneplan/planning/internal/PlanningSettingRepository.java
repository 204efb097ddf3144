package org.oneplan.planning.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningSettingRepository extends JpaRepository<PlanningSetting, UUID> {
}
