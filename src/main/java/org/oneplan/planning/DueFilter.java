package org.oneplan.planning;

/** Narrows an actions due list: by who does the action and by status; null for any owner, or for open actions. */
public record DueFilter(ActionOwner owner, ActionStatus status) {

    public static DueFilter open() {
        return new DueFilter(null, null);
    }
}
