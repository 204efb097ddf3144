package org.oneplan.planning;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How far each section of the task list has got: sections of questions by how many are answered, the
 * outcomes section by whether there is at least one outcome, staying in control by its own rule.
 */
public record PlanProgress(Map<PlanSection, PlanView.SectionStatus> statuses) {

    public static PlanProgress of(PlanView plan, List<OutcomeView> outcomes, PlanView.SectionStatus needs,
                                  PlanView.SectionStatus control, PlanView.SectionStatus nextSteps) {
        Map<PlanSection, PlanView.SectionStatus> statuses = new EnumMap<>(PlanSection.class);
        for (PlanSection s : PlanSection.values()) {
            statuses.put(s, switch (s) {
                case CHANGE -> outcomes.isEmpty() ? PlanView.SectionStatus.NOT_STARTED : PlanView.SectionStatus.COMPLETED;
                case NEEDS -> needs;
                case CONTROL -> control;
                case NEXT -> combined(plan.statusOf(s), nextSteps);
                default -> plan.statusOf(s);
            });
        }
        return new PlanProgress(Map.copyOf(statuses));
    }

    /** Question 7 is written answers and the action plan: completed when both are, started when either is. */
    private static PlanView.SectionStatus combined(PlanView.SectionStatus a, PlanView.SectionStatus b) {
        if (a == b) {
            return a;
        }
        return a == PlanView.SectionStatus.NOT_STARTED && b == PlanView.SectionStatus.NOT_STARTED
                ? PlanView.SectionStatus.NOT_STARTED : PlanView.SectionStatus.IN_PROGRESS;
    }

    public PlanView.SectionStatus of(PlanSection section) {
        return statuses.get(section);
    }
}
