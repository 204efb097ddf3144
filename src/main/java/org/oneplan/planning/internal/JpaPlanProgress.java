package org.oneplan.planning.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.planning.ArrangeView;
import org.oneplan.planning.AssessedNeeds;
import org.oneplan.planning.ControlView;
import org.oneplan.planning.MoneyView;
import org.oneplan.planning.NeedsView;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.NextStepsView;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanProgress;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.PlanView;
import org.oneplan.planning.PlanView.SectionStatus;
import org.oneplan.planning.SpendingMoney;
import org.oneplan.planning.StayingInControl;
import org.oneplan.planning.SupportArrangements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Asks each part of the plan how far it has got, for the task list on the plan page and in the API. */
@Component
@Transactional(readOnly = true)
public class JpaPlanProgress {

    private final PlanOutcomeRepository outcomes;
    private final AssessedNeeds needs;
    private final SupportArrangements arrangements;
    private final SpendingMoney money;
    private final StayingInControl control;
    private final NextSteps next;
    private final List<PlanPart> planParts;

    JpaPlanProgress(PlanOutcomeRepository outcomes, AssessedNeeds needs, SupportArrangements arrangements,
                    SpendingMoney money, StayingInControl control, NextSteps next, List<PlanPart> planParts) {
        this.planParts = planParts;
        this.outcomes = outcomes;
        this.needs = needs;
        this.arrangements = arrangements;
        this.money = money;
        this.control = control;
        this.next = next;
    }

    public PlanProgress of(PlanView plan) {
        UUID personId = plan.personId();
        return of(plan, needs.statusOf(personId), changeStatus(outcomes.current(plan.id()).isEmpty()),
                arrangements.statusOf(personId), money.statusOf(personId), control.statusOf(personId),
                next.statusOf(personId));
    }

    /** The same from the parts already read, as the plan page's overview has them ({@code spending} may be null). */
    PlanProgress of(PlanView plan, NeedsView assessed, List<OutcomeView> wanted, ArrangeView arranged,
                           MoneyView spending, ControlView inControl, NextStepsView nextSteps) {
        return of(plan, assessed.status(), changeStatus(wanted.isEmpty()), arranged.status(),
                spending == null ? SectionStatus.NOT_STARTED : spending.status(), inControl.status(),
                nextSteps.status());
    }

    private PlanProgress of(PlanView plan, SectionStatus needs, SectionStatus change, SectionStatus arrange,
                                   SectionStatus money, SectionStatus control, SectionStatus next) {
        Map<PlanSection, SectionStatus> parts = new EnumMap<>(PlanSection.class);
        parts.put(PlanSection.NEEDS, needs);
        parts.put(PlanSection.CHANGE, change);
        parts.put(PlanSection.ARRANGE, arrange);
        parts.put(PlanSection.MONEY, money);
        parts.put(PlanSection.CONTROL, control);
        parts.put(PlanSection.NEXT, next);
        for (PlanSection s : PlanSection.values()) {
            planParts.stream().map(p -> p.statusOf(s, plan.id(), plan.personId())).flatMap(Optional::stream).findFirst()
                    .ifPresent(decided -> parts.put(s, decided));
        }
        return PlanProgress.of(plan, parts);
    }

    private static SectionStatus changeStatus(boolean noOutcomes) {
        return noOutcomes ? SectionStatus.NOT_STARTED : SectionStatus.COMPLETED;
    }
}
