package org.oneplan.planning;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The plan page's view of a person's plan: the plan and its answers, where it stands and how far each section
 * has got, and each part kept by its own service ({@code money} is null until answered); {@code actionProgress} is
 * where each action stands (its status and days late, without notes), by action id.
 */
public record PlanOverviewView(PlanView plan, PlanState state, PlanProgress progress, List<OutcomeView> outcomes,
                               NeedsView needs, ArrangeView arrange, MoneyView money, ControlView control,
                               NextStepsView next, Map<UUID, ProgressView> actionProgress) {
}
