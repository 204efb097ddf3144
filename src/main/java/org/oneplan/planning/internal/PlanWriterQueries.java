package org.oneplan.planning.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Who last wrote each answer and entry still in a plan, in one query over every part's table. */
interface PlanWriterQueries extends Repository<CarePlan, UUID> {

    String LIVE = " where plan_id = :plan and removed_at is null";
    String ALL = " where plan_id = :plan";

    @Query(value = "select written_by from plan_entry" + ALL
            + " union select written_by from plan_sharing" + ALL
            + " union select written_by from plan_review" + ALL
            + " union select written_by from plan_money" + ALL
            + " union select written_by from plan_need" + ALL
            + " union select written_by from plan_eligibility" + ALL
            + " union select written_by from plan_outcome" + LIVE
            + " union select written_by from plan_option" + LIVE
            + " union select written_by from plan_risk" + LIVE
            + " union select written_by from plan_contingency" + LIVE
            + " union select written_by from plan_action" + LIVE
            + " union select written_by from plan_advice" + LIVE, nativeQuery = true)
    List<String> writersOf(@org.springframework.data.repository.query.Param("plan") UUID planId);
}
