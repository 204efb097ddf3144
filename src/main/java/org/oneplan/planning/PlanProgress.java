package org.oneplan.planning;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How far each section of the task list has got: sections of questions by how many are answered, the
 * outcomes section by whether there is at least one outcome.
 */
public record PlanProgress(Map<PlanSection, PlanView.SectionStatus> statuses) {

    public static PlanProgress of(PlanView plan, List<OutcomeView> outcomes) {
        Map<PlanSection, PlanView.SectionStatus> statuses = new EnumMap<>(PlanSection.class);
        for (PlanSection s : PlanSection.values()) {
            statuses.put(s, s == PlanSection.CHANGE
                    ? (outcomes.isEmpty() ? PlanView.SectionStatus.NOT_STARTED : PlanView.SectionStatus.COMPLETED)
                    : plan.statusOf(s));
        }
        return new PlanProgress(Map.copyOf(statuses));
    }

    public PlanView.SectionStatus of(PlanSection section) {
        return statuses.get(section);
    }
}
