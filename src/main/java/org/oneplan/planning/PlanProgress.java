package org.oneplan.planning;

import java.util.EnumMap;
import java.util.Map;

/**
 * How far each section of the task list has got: sections of questions by how many are answered, the
 * other sections by their own services' rules. Question 7 is both: its written answers and its actions.
 */
public record PlanProgress(Map<PlanSection, PlanView.SectionStatus> statuses) {

    /** {@code parts} holds each section kept by its own service, and {@link PlanSection#NEXT} for the actions. */
    public static PlanProgress of(PlanView plan, Map<PlanSection, PlanView.SectionStatus> parts) {
        Map<PlanSection, PlanView.SectionStatus> statuses = new EnumMap<>(PlanSection.class);
        for (PlanSection s : PlanSection.values()) {
            PlanView.SectionStatus part = parts.getOrDefault(s, PlanView.SectionStatus.NOT_STARTED);
            statuses.put(s, s == PlanSection.NEXT ? combined(plan.statusOf(s), part)
                    : s.structured() ? part : plan.statusOf(s));
        }
        return new PlanProgress(Map.copyOf(statuses));
    }

    private static PlanView.SectionStatus combined(PlanView.SectionStatus a, PlanView.SectionStatus b) {
        if (a == b) {
            return a;
        }
        return PlanView.SectionStatus.IN_PROGRESS;
    }

    public PlanView.SectionStatus of(PlanSection section) {
        return statuses.get(section);
    }
}
