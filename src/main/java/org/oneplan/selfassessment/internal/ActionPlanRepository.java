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
}
