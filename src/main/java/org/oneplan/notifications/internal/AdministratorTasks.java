package org.oneplan.notifications.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people a team administrator is to tell of a change by letter, phone or text, and marking that done. */
@Service
@Transactional
public class AdministratorTasks {

    private final TaskRepository tasks;
    private final Audience audience;
    private final AuditTrail audit;
    private final Clock clock;

    AdministratorTasks(TaskRepository tasks, Audience audience, AuditTrail audit, Clock clock) {
        this.tasks = tasks;
        this.audience = audience;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open tasks oldest first, or those done, most recently done first. */
    public Page<TaskEntry> list(boolean done, int page) {
        Audience.Scope scope = audience.forTasks();
        Pageable request = PageRequest.of(Math.max(page, 0), Outbox.PAGE_SIZE, done
                ? Sort.by(Sort.Order.desc("doneAt"), Sort.Order.asc("id"))
                : Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id")));
        Page<AdministratorTask> rows = scope.people().isEmpty() ? Page.empty(request) : tasks.findByStatusAndPersonIdIn(
                done ? AdministratorTask.Status.DONE : AdministratorTask.Status.OPEN, scope.people(), request);
        Map<UUID, String> names = audience.names(scope, rows.map(AdministratorTask::personId).getContent());
        audit.record(AuditAction.SEARCHED, "NotificationTasks", null, "Viewed the people to contact about changes");
        return rows.map(t -> new TaskEntry(t.id(), t.personId(), names.get(t.personId()), t.topic(), t.reason(),
                t.status() == AdministratorTask.Status.DONE, t.createdAt(), t.doneBy(), t.doneAt()));
    }

    /** Marks the task done; false if someone already had. Refused (as not found) outside the user's teams. */
    public boolean markDone(UUID taskId) {
        Audience.Scope scope = audience.forTasks();
        AdministratorTask task = tasks.findById(taskId).filter(t -> scope.covers(t.personId()))
                .orElseThrow(() -> new RecordNotFoundException("Task"));
        boolean marked = task.markDone(scope.user().username(), clock.instant());
        if (marked) {
            audit.record(AuditAction.UPDATED, "Person", task.personId(), "Told the person of a change to their plan ("
                    + task.topic() + ", " + task.reason().name().toLowerCase().replace('_', ' ') + ")");
        }
        return marked;
    }

    @Transactional(readOnly = true)
    public long openCount() {
        Audience.Scope scope = audience.forTasks();
        return scope.people().isEmpty() ? 0 : tasks.countByStatusAndPersonIdIn(AdministratorTask.Status.OPEN, scope.people());
    }
}
