package org.oneplan.planning.internal;

import java.util.UUID;
import org.oneplan.planning.ControlView;
import org.springframework.stereotype.Component;

/**
 * Reads "How will you stay in control?" of a plan, for the service (after its access check), the plan page's
 * overview and the plan part; it neither checks access nor audits.
 */
@Component
class ControlReader {

    private final PlanRiskRepository risks;
    private final PlanContingencyRepository contingencies;
    private final PlanSharingRepository sharing;

    ControlReader(PlanRiskRepository risks, PlanContingencyRepository contingencies, PlanSharingRepository sharing) {
        this.risks = risks;
        this.contingencies = contingencies;
        this.sharing = sharing;
    }

    ControlView view(UUID planId) {
        return new ControlView(
                risks.findByPlanIdAndRemovedAtIsNullOrderByAddedAt(planId).stream().map(ControlEntry::view).toList(),
                contingencies.findByPlanIdAndRemovedAtIsNullOrderByAddedAt(planId).stream().map(ControlEntry::view).toList(),
                sharing.findByPlanId(planId).map(PlanSharing::view).orElse(null));
    }
}
