package org.oneplan.planning.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.PlanStatus;
import org.oneplan.planning.PlanView;

/** A person's plan as the API shows it: every section in task-list order, each with its answers. */
record PlanJson(UUID id, UUID personId, PlanStatus status, String startedBy, Instant startedAt,
                List<PlanSectionJson> sections) {

    static PlanJson of(PlanView plan) {
        return new PlanJson(plan.id(), plan.personId(), plan.status(), plan.startedBy(), plan.startedAt(),
                Arrays.stream(PlanSection.values()).map(s -> PlanSectionJson.of(plan, s)).toList());
    }
}
