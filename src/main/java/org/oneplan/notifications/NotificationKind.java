package org.oneplan.notifications;

/** The changes to a plan that the person is told about. Messages: {@code notifications.topic.NAME.*}. */
public enum NotificationKind implements NotificationTopic {
    PLAN_SUBMITTED_FOR_SIGN_OFF, PLAN_RETURNED, PLAN_SIGNED_OFF, BUDGET_ACTIVE;

    @Override
    public String code() {
        return name();
    }
}
