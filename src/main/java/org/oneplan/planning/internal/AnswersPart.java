package org.oneplan.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.PlanView;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The questions answered in words: preparation and the written parts of the seven questions. */
@Component
@Order(1)
class AnswersPart implements PlanPart {

    private final CarePlanRepository plans;
    private final MessageSource messages;

    AnswersPart(CarePlanRepository plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    @Override
    public List<VersionedSection> content(UUID planId) {
        PlanView plan = plans.findById(planId).orElseThrow().view();
        List<VersionedSection> sections = new ArrayList<>();
        for (PlanSection section : PlanSection.values()) {
            List<VersionedItem> items = section.prompts().stream()
                    .flatMap(p -> plan.answer(p).stream().map(w -> new VersionedItem(
                            VersionWords.text(messages, "planning.prompt." + p.slug()), w.text(),
                            VersionWords.whose(messages, w.whose(), w.whoseName())))).toList();
            if (!items.isEmpty()) {
                sections.add(new VersionedSection(section, VersionWords.text(messages, "planning.section." + section.slug()), items));
            }
        }
        return sections;
    }

    @Override
    public List<Gap> gaps(UUID planId, UUID personId) {
        PlanView plan = plans.findById(planId).orElseThrow().view();
        return plan.answer(PlanPrompt.CONVERSATION).isPresent() ? List.of()
                : List.of(new Gap("planning.gap.involved", "/people/" + personId + "/plan/" + PlanPrompt.CONVERSATION.slug()));
    }
}
