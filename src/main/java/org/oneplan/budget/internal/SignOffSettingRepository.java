package org.oneplan.budget.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignOffSettingRepository extends JpaRepository<SignOffSetting, UUID> {
}
