package org.oneplan.review.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewSettingRepository extends JpaRepository<ReviewSetting, UUID> {
}
