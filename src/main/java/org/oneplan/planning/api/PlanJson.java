package org.oneplan.planning.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.PlanProgress;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.PlanStatus;
import org.oneplan.planning.PlanView;

/** A person's plan as the API shows it: every section in task-list order, each with its answers, and the outcomes. */
record PlanJson(UUID id, UUID personId, PlanStatus status, String startedBy, Instant startedAt,
                List<PlanSectionJson> sections, List<OutcomeView> outcomes) {

    /** {@code status} is worked out from the content (see {@code PlanVersions.state}), not stored. */
    static PlanJson of(PlanView plan, PlanStatus status, List<OutcomeView> outcomes, PlanProgress progress) {
        return new PlanJson(plan.id(), plan.personId(), status, plan.startedBy(), plan.startedAt(),
                Arrays.stream(PlanSection.values()).map(s -> PlanSectionJson.of(plan, progress, s)).toList(), outcomes);
    }
}
