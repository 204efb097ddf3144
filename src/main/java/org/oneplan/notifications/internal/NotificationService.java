package org.oneplan.notifications.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.oneplan.notifications.Delivery;
import org.oneplan.notifications.NotificationTopic;
import org.oneplan.notifications.Notifications;
import org.oneplan.people.ContactPreference;
import org.oneplan.people.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a notification in the caller's transaction: an email in the outbox, or a task for the person's team
 * administrators when the person prefers a letter, a call or a text, or has no email address.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class NotificationService implements Notifications {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,79}");

    private final People people;
    private final OutboxRepository outbox;
    private final TaskRepository tasks;
    private final MessageTexts texts;
    private final Clock clock;

    NotificationService(People people, OutboxRepository outbox, TaskRepository tasks, MessageTexts texts, Clock clock) {
        this.people = people;
        this.outbox = outbox;
        this.tasks = tasks;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Delivery notify(UUID personId, NotificationTopic topic) {
        String code = topic.code();
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A notification topic's code is upper case letters, digits and _");
        }
        MessageTexts.Email email = texts.email(code);
        ContactPreference how = people.contactPreference(personId)
                .orElseThrow(() -> new IllegalArgumentException("No such person"));
        Optional<TaskReason> reason = TaskReason.forPreference(how);
        if (reason.isPresent()) {
            tasks.save(new AdministratorTask(personId, code, reason.get(), clock.instant()));
            return Delivery.TASK;
        }
        outbox.save(new OutboxMessage(personId, code, how.email(), email, clock.instant()));
        return Delivery.EMAIL;
    }
}
