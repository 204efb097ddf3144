package org.oneplan.selfassessment.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionPlanRepository extends JpaRepository<ActionPlan, UUID> {

    @EntityGraph(attributePaths = "steps")
    @Query("select p from ActionPlan p where p.assessmentId = ?1 order by p.priority")
    List<ActionPlan> findForAssessment(UUID assessmentId);

    @Query("select count(s) from ActionPlan p join p.steps s, Assessment a where a.id = p.assessmentId "
            + "and a.teamId in ?1 and s.status <> org.oneplan.selfassessment.internal.ActionPlan.StepStatus.DONE "
            + "and s.dueOn < ?2")
    long countOverdue(Collection<UUID> teamIds, java.time.LocalDate today);

    /** A first step past its due date and not done, with where it belongs. */
    record OverdueStep(UUID assessmentId, String assessmentName, UUID teamId, UUID planId, String itemCode,
                       String description, String owner, java.time.LocalDate dueOn) {

        public long daysLateOn(java.time.LocalDate today) {
            return java.time.temporal.ChronoUnit.DAYS.between(dueOn, today);
        }
    }

    @Query("select new org.oneplan.selfassessment.internal.ActionPlanRepository$OverdueStep(a.id, a.name, a.teamId, "
            + "p.id, p.itemCode, s.description, s.owner, s.dueOn) from ActionPlan p join p.steps s, Assessment a "
            + "where a.id = p.assessmentId and a.teamId in ?1 "
            + "and s.status <> org.oneplan.selfassessment.internal.ActionPlan.StepStatus.DONE and s.dueOn < ?2 "
            + "order by s.dueOn, a.name")
    List<OverdueStep> findOverdue(Collection<UUID> teamIds, java.time.LocalDate today);
}
