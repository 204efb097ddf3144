package org.oneplan.planning.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.planning.AssessedNeeds;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanProgress;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.PlanView;
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
        Map<PlanSection, PlanView.SectionStatus> parts = new EnumMap<>(PlanSection.class);
        parts.put(PlanSection.NEEDS, needs.statusOf(personId));
        parts.put(PlanSection.CHANGE, outcomes.current(plan.id()).isEmpty()
                ? PlanView.SectionStatus.NOT_STARTED : PlanView.SectionStatus.COMPLETED);
        parts.put(PlanSection.ARRANGE, arrangements.statusOf(personId));
        parts.put(PlanSection.MONEY, money.statusOf(personId));
        parts.put(PlanSection.CONTROL, control.statusOf(personId));
        parts.put(PlanSection.NEXT, next.statusOf(personId));
        for (PlanSection s : PlanSection.values()) {
            planParts.stream().map(p -> p.statusOf(s, plan.id(), personId)).flatMap(Optional::stream).findFirst()
                    .ifPresent(decided -> parts.put(s, decided));
        }
        return PlanProgress.of(plan, parts);
    }
}
