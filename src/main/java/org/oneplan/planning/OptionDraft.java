package org.oneplan.planning;

/** An option as written, before the plan accepts it. */
public record OptionDraft(String text, SupportResource resource, boolean chosen, String why, Whose whose,
                          String whoseName) {
}
