package org.oneplan.planning.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PreparationQueries extends Repository<CarePlan, UUID> {

    /** Each plan in the given status with each answered prompt: one row per answer, or one with a null prompt. */
    @Query("select p.personId as personId, e.prompt as prompt from CarePlan p left join p.entries e "
            + "where p.status = ?1 and p.personId in ?2")
    List<Answered> answered(PlanStatus status, Collection<UUID> personIds);

    interface Answered {
        UUID getPersonId();

        PlanPrompt getPrompt();
    }
}
