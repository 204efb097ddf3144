package org.oneplan.notifications;

/**
 * What a notification is about. {@link NotificationKind} has OnePlan's own; a module adds more with an enum of
 * its own that implements this interface, and these messages in a bundle, where {@code CODE} is
 * {@link #code()}:
 * <ul>
 *   <li>{@code notifications.topic.CODE.subject} — the email's subject, e.g. "Your plan has been signed off"</li>
 *   <li>{@code notifications.topic.CODE.news} — the sentence that says what changed, in the email and the task</li>
 *   <li>{@code notifications.topic.CODE.name} — a short name for the outbox and task pages</li>
 * </ul>
 * None of them may hold personal or care details: they are the same for everyone.
 */
public interface NotificationTopic {

    /** Stored with each message: upper case letters, digits and underscores, at most 80 characters. */
    String code();
}
