package org.oneplan.selfassessment.web;

import java.util.ArrayList;
import java.util.List;
import org.oneplan.selfassessment.Framework;
import org.oneplan.selfassessment.FrameworkItem;
import org.oneplan.selfassessment.FrameworkSection;
import org.oneplan.selfassessment.Stage;
import org.oneplan.selfassessment.internal.Assessment;
import org.oneplan.web.TaskListItem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The task list of an assessment: a group per stage (or per section without stages), an item per row. */
record AssessmentTasks(List<Group> groups, int answered, int total) {

    record Group(String heading, String status, List<TaskListItem> tasks) {
    }

    static AssessmentTasks of(Assessment a, Framework f, MessageSource messages) {
        List<Group> groups = new ArrayList<>();
        for (FrameworkSection section : f.sections()) {
            if (section.stages().isEmpty()) {
                groups.add(group(a, section.number() + ". " + section.title(), section.items(), messages));
            }
            for (Stage stage : section.stages()) {
                List<FrameworkItem> items = section.items().stream()
                        .filter(i -> i.stage() != null && i.stage() == stage.number()).toList();
                groups.add(group(a, section.number() + "." + stage.number() + " " + stage.title(), items, messages));
            }
        }
        return new AssessmentTasks(groups, a.answers().size(), (int) f.items().count());
    }

    private static Group group(Assessment a, String heading, List<FrameworkItem> items, MessageSource messages) {
        long done = items.stream().filter(i -> a.answerFor(i.code()).isPresent()).count();
        String status = done == 0 ? "notStarted" : done == items.size() ? "completed" : "inProgress";
        List<TaskListItem> tasks = items.stream().map(i -> {
            boolean answered = a.answerFor(i.code()).isPresent();
            String hint = answered ? text(messages, "selfassessment.task.level", a.answerFor(i.code()).get().level()) : null;
            return new TaskListItem(i.code().substring(3) + " " + i.title(),
                    "/self-assessment/" + a.id() + "/items/" + i.code(), hint,
                    text(messages, answered ? "selfassessment.task.completed" : "selfassessment.task.notStarted"),
                    answered ? null : "govuk-tag--blue");
        }).toList();
        return new Group(heading, text(messages, "selfassessment.task." + status), tasks);
    }

    private static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
