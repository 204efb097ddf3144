package org.oneplan.web;

/** One row of a GOV.UK task list. A null tagClass shows the status as plain text (completed). */
public record TaskListItem(String name, String href, String hint, String status, String tagClass) {
}
