package org.oneplan.notifications;

/** How a person will be told: by email from the outbox, or by their team's administrators (a task). */
public enum Delivery {
    EMAIL, TASK
}
