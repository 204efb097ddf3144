package org.oneplan.notifications;

import java.util.UUID;

/**
 * Tells a person that something changed on their plan, through the way they prefer: an email (queued in the
 * outbox and sent later) or a task for their team's administrators to write, call or text. Messages say only
 * that something changed and how to sign in, never any personal or care detail.
 */
public interface Notifications {

    /**
     * Queues the notification in the caller's transaction, so it is written with the change it tells of and
     * rolled back with it. Must be called inside a transaction; needs no signed-in user (a scheduled change
     * may call it).
     *
     * @return how the person will be told
     * @throws IllegalArgumentException if there is no such person or the topic has no messages
     */
    Delivery notify(UUID personId, NotificationTopic topic);
}
