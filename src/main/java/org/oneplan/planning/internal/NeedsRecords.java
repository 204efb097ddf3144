package org.oneplan.planning.internal;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.planning.EligibilityOutcomes;
import org.oneplan.planning.NeedView;
import org.oneplan.planning.NeedsView;
import org.springframework.stereotype.Component;

/** Puts a plan's needs, eligibility decision and advice together, every outcome in the regulation's order. */
@Component
class NeedsRecords {

    private final PlanNeedRepository needs;
    private final PlanEligibilityRepository eligibility;
    private final PlanAdviceRepository advice;
    private final EligibilityOutcomes outcomes;

    NeedsRecords(PlanNeedRepository needs, PlanEligibilityRepository eligibility, PlanAdviceRepository advice,
                 EligibilityOutcomes outcomes) {
        this.needs = needs;
        this.eligibility = eligibility;
        this.advice = advice;
        this.outcomes = outcomes;
    }

    NeedsView view(UUID planId) {
        Map<String, PlanNeed> assessed = needs.findByPlanId(planId).stream()
                .collect(Collectors.toMap(PlanNeed::code, Function.identity()));
        return new NeedsView(
                outcomes.all().stream().map(o -> assessed.containsKey(o.code()) ? assessed.get(o.code()).view(o)
                        : NeedView.notAssessed(o)).toList(),
                eligibility.findByPlanId(planId).map(PlanEligibility::view).orElse(null),
                advice.findByPlanIdAndRemovedAtIsNullOrderByAddedAt(planId).stream().map(PlanAdvice::view).toList());
    }

    EligibilityOutcomes outcomes() {
        return outcomes;
    }
}
