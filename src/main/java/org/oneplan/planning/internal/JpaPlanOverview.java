package org.oneplan.planning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.planning.ArrangeView;
import org.oneplan.planning.ControlView;
import org.oneplan.planning.MoneyView;
import org.oneplan.planning.NeedsView;
import org.oneplan.planning.NextStepsView;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.PlanOverview;
import org.oneplan.planning.PlanOverviewView;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.PlanView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads each part without an audit entry of its own (as the parts' readers do), and audits the look once. */
@Service
@Transactional(readOnly = true)
class JpaPlanOverview implements PlanOverview {

    private final PlanGuard guard;
    private final CarePlanRepository plans;
    private final PlanOutcomeRepository outcomes;
    private final NeedsRecords needs;
    private final ArrangeReader arrange;
    private final PlanMoneyRepository money;
    private final ControlReader control;
    private final NextStepsReader next;
    private final PlanVersions versions;
    private final JpaPlanProgress progress;
    private final ProgressSummaries actionProgress;

    JpaPlanOverview(PlanGuard guard, CarePlanRepository plans, PlanOutcomeRepository outcomes, NeedsRecords needs,
                    ArrangeReader arrange, PlanMoneyRepository money, ControlReader control, NextStepsReader next,
                    PlanVersions versions, JpaPlanProgress progress, ProgressSummaries actionProgress) {
        this.progress = progress;
        this.actionProgress = actionProgress;
        this.guard = guard;
        this.plans = plans;
        this.outcomes = outcomes;
        this.needs = needs;
        this.arrange = arrange;
        this.money = money;
        this.control = control;
        this.next = next;
        this.versions = versions;
    }

    @Override
    public Optional<PlanOverviewView> find(UUID personId) {
        return guard.read(personId, planId -> overview(personId, planId), "Viewed the plan");
    }

    private PlanOverviewView overview(UUID personId, UUID planId) {
        PlanView plan = plans.findForPerson(personId).map(CarePlan::view).orElseThrow();
        List<OutcomeView> wanted = outcomes.current(planId).stream().map(PlanOutcome::view).toList();
        NeedsView assessed = needs.view(planId);
        ArrangeView arranged = arrange.view(planId);
        MoneyView spending = money.findByPlanId(planId).map(PlanMoney::view).orElse(null);
        ControlView inControl = control.view(planId);
        NextStepsView nextSteps = next.view(planId);
        return new PlanOverviewView(plan, versions.state(personId),
                progress.of(plan, assessed, wanted, arranged, spending, inControl, nextSteps),
                wanted, assessed, arranged, spending, inControl, nextSteps,
                actionProgress.statuses(planId, nextSteps.actions()));
    }
}
