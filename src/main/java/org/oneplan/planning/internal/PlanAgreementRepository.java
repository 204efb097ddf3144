package org.oneplan.planning.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanAgreementRepository extends JpaRepository<PlanAgreement, UUID> {

    @Query("select a from PlanAgreement a where a.planId = ?1 order by a.recordedAt")
    List<PlanAgreement> allOf(UUID planId);
}
