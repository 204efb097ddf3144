package org.oneplan.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.planning.OutcomeView;
import org.oneplan.review.Perspective;
import org.oneplan.review.ReviewPart;
import org.oneplan.review.ReviewRecord;
import org.oneplan.web.TaskListItem;
import org.springframework.stereotype.Component;

/** The review record's task list, in the order of a person-centred review, each part with how far it has got. */
@Component
class RecordTasks {

    enum State { DONE, STARTED, TODO, READY, BLOCKED }

    private final ReviewPageParts parts;

    RecordTasks(ReviewPageParts parts) {
        this.parts = parts;
    }

    List<TaskListItem> of(ReviewRecord r) {
        String base = ReviewPageParts.record(r.personId(), r.id());
        List<TaskListItem> tasks = new ArrayList<>();
        tasks.add(task("participants", base + "/participants", r.participants() != null ? State.DONE : State.TODO));
        for (ReviewPart part : List.of(ReviewPart.ADMIRE, ReviewPart.IMPORTANT_NOW, ReviewPart.IMPORTANT_FUTURE,
                ReviewPart.HEALTHY_AND_SAFE)) {
            tasks.add(answer(r, part, base));
        }
        boolean persons = r.statements().stream().anyMatch(s -> s.perspective() == Perspective.PERSON);
        tasks.add(task("statements", base + "/statements",
                persons ? State.DONE : r.statements().isEmpty() ? State.TODO : State.STARTED));
        Set<UUID> done = r.outcomes().stream().map(ReviewRecord.OutcomeReview::outcomeId)
                .collect(Collectors.toSet());
        long left = r.planOutcomes().stream().map(OutcomeView::id).filter(id -> !done.contains(id)).count();
        tasks.add(task("outcomes", base + "/outcomes", left == 0 ? State.DONE : done.isEmpty() ? State.TODO : State.STARTED));
        tasks.add(answer(r, ReviewPart.QUESTIONS, base));
        tasks.add(answer(r, ReviewPart.IN_A_YEAR, base));
        tasks.add(task("actions", base + "/actions", !r.actions().isEmpty() || !r.newActions().isEmpty()
                ? State.DONE : State.TODO));
        tasks.add(task("decisions", base + "/decisions", r.decisions().nextReview() != null ? State.DONE : State.TODO));
        tasks.add(task("workingTogether", base + "/working-together",
                r.workingTogether().consent() != null ? State.DONE : State.TODO));
        tasks.add(task("check", base + "/check", r.gaps().isEmpty() ? State.READY : State.BLOCKED));
        return tasks;
    }

    private TaskListItem answer(ReviewRecord r, ReviewPart part, String base) {
        return new TaskListItem(parts.text("review.part." + part.slug()), base + "/answers/" + part.slug(), null,
                status(r.answers().containsKey(part) ? State.DONE : State.TODO), tag(r.answers().containsKey(part)
                        ? State.DONE : State.TODO));
    }

    private TaskListItem task(String key, String href, State state) {
        return new TaskListItem(parts.text("review.task." + key), href, null, status(state), tag(state));
    }

    private String status(State state) {
        return parts.text("review.task.state." + state.name());
    }

    private static String tag(State state) {
        return switch (state) {
            case DONE -> null;
            case STARTED, READY -> "govuk-tag--light-blue";
            case TODO -> "govuk-tag--blue";
            case BLOCKED -> "govuk-tag--grey";
        };
    }
}
