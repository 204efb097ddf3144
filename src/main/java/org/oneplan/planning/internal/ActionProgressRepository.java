package org.oneplan.planning.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** How the plan's actions are getting on; an action with no progress has not been started. */
interface ActionProgressRepository extends JpaRepository<ActionProgress, UUID> {

    List<ActionProgress> findByPlanId(UUID planId);

    @Query("select e from ActionProgressEntry e where e.actionId = ?1 order by e.writtenAt desc")
    List<ActionProgressEntry> historyOf(UUID actionId);

    /** The latest note of each of the plan's actions that has any. */
    @Query("select e from ActionProgressEntry e where e.planId = ?1 and e.note is not null and not exists "
            + "(select 1 from ActionProgressEntry l where l.actionId = e.actionId and l.note is not null "
            + "and l.writtenAt > e.writtenAt)")
    List<ActionProgressEntry> latestNotes(UUID planId);
}
