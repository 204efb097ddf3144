package org.oneplan.planning;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A person's plan as the caller may see it: its state and every answer, by prompt. */
public record PlanView(UUID id, UUID personId, PlanStatus status, String startedBy, Instant startedAt,
                       Map<PlanPrompt, Words> answers) {

    public Optional<Words> answer(PlanPrompt prompt) {
        return Optional.ofNullable(answers.get(prompt));
    }

    /** Not started, in progress or completed: by how many of the section's questions have an answer. */
    public SectionStatus statusOf(PlanSection section) {
        long answered = section.prompts().stream().filter(answers::containsKey).count();
        return answered == 0 ? SectionStatus.NOT_STARTED
                : answered == section.prompts().size() ? SectionStatus.COMPLETED : SectionStatus.IN_PROGRESS;
    }

    public enum SectionStatus { NOT_STARTED, IN_PROGRESS, COMPLETED }
}
