package org.oneplan.planning;

import java.util.List;

/**
 * The plan page's view of a person's plan: the plan and its answers, where it stands and how far each section
 * has got, and each part kept by its own service ({@code money} is null until answered).
 */
public record PlanOverviewView(PlanView plan, PlanState state, PlanProgress progress, List<OutcomeView> outcomes,
                               NeedsView needs, ArrangeView arrange, MoneyView money, ControlView control,
                               NextStepsView next) {
}
