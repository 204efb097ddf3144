package org.oneplan.planning.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.PlanProgress;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.PlanStatus;
import org.oneplan.planning.PlanView;

/**
 * A person's plan as the API shows it: every section in task-list order, each with its answers, the outcomes,
 * and one field for each {@code PlanJsonField} another module keeps (the budget, its sign-off).
 */
record PlanJson(UUID id, UUID personId, PlanStatus status, String startedBy, Instant startedAt,
                List<PlanSectionJson> sections, List<OutcomeView> outcomes, @JsonIgnore Map<String, Object> more) {

    /** {@code status} is worked out from the content (see {@code PlanVersions.state}), not stored. */
    static PlanJson of(PlanView plan, PlanStatus status, List<OutcomeView> outcomes, PlanProgress progress,
                       Map<String, Object> more) {
        return new PlanJson(plan.id(), plan.personId(), status, plan.startedBy(), plan.startedAt(),
                Arrays.stream(PlanSection.values()).map(s -> PlanSectionJson.of(plan, progress, s)).toList(), outcomes,
                more);
    }

    /** The other modules' fields, beside the plan's own. */
    @JsonAnyGetter
    Map<String, Object> fields() {
        return more;
    }
}
