package org.oneplan.notifications.web;

import java.util.ArrayList;
import java.util.List;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.notifications.internal.AdministratorTasks;
import org.oneplan.notifications.internal.Outbox;
import org.oneplan.web.HomeNotice;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** On an administrator's home page: people to contact by letter, phone or text, and emails that failed. */
@Component
class NotificationNotices implements HomeNotice.Source {

    private final CurrentUsers users;
    private final AdministratorTasks tasks;
    private final Outbox outbox;
    private final MessageSource messages;

    NotificationNotices(CurrentUsers users, AdministratorTasks tasks, Outbox outbox, MessageSource messages) {
        this.users = users;
        this.tasks = tasks;
        this.outbox = outbox;
        this.messages = messages;
    }

    @Override
    public List<HomeNotice> forCurrentUser() {
        CurrentUser user = users.current().orElse(null);
        List<HomeNotice> notices = new ArrayList<>();
        if (user == null) {
            return notices;
        }
        boolean teamAdministrator = user.has(Role.ADMINISTRATOR) && !user.teamIds().isEmpty();
        if (teamAdministrator) {
            add(notices, tasks.openCount(), "notifications.notice.tasks", "/notifications/tasks");
        }
        if (teamAdministrator || user.has(Role.SYSTEM_ADMIN)) {
            add(notices, outbox.failedCount(), "notifications.notice.failed", "/notifications/outbox");
        }
        return notices;
    }

    private void add(List<HomeNotice> notices, long count, String key, String href) {
        if (count > 0) {
            notices.add(new HomeNotice(messages.getMessage(key, new Object[] {count}, LocaleContextHolder.getLocale()), href));
        }
    }
}
