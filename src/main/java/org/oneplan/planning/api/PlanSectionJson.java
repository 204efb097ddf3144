package org.oneplan.planning.api;

import java.util.List;
import org.oneplan.planning.PlanProgress;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.PlanView;

/** A part of the plan's task list: its stage, how far it has got, and its answers in question order. */
record PlanSectionJson(String key, PlanSection.Stage stage, PlanView.SectionStatus status,
                       List<PlanAnswerJson> answers) {

    static PlanSectionJson of(PlanView plan, PlanProgress progress, PlanSection section) {
        List<PlanAnswerJson> answers = section.prompts().stream()
                .flatMap(p -> plan.answer(p).map(words -> PlanAnswerJson.of(p, words)).stream())
                .toList();
        return new PlanSectionJson(section.slug(), section.stage(), progress.of(section), answers);
    }
}
