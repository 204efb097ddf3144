package org.oneplan.notifications.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Tell the person of a change by letter, phone or text: a task for the administrators of their teams. */
@Entity
@Table(name = "notification_task")
class AdministratorTask {

    enum Status { OPEN, DONE }

    @Id
    private UUID id;
    private UUID personId;
    private String topic;
    @Enumerated(EnumType.STRING)
    private TaskReason reason;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant createdAt;
    private String doneBy;
    private Instant doneAt;
    @Version
    private Long version;

    protected AdministratorTask() {
    }

    AdministratorTask(UUID personId, String topic, TaskReason reason, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.topic = topic;
        this.reason = reason;
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    /** False (nothing changed) when someone already marked it done. */
    boolean markDone(String by, Instant now) {
        if (status == Status.DONE) {
            return false;
        }
        status = Status.DONE;
        doneBy = by;
        doneAt = now;
        return true;
    }

    UUID id() { return id; }
    UUID personId() { return personId; }
    String topic() { return topic; }
    TaskReason reason() { return reason; }
    Status status() { return status; }
    Instant createdAt() { return createdAt; }
    String doneBy() { return doneBy; }
    Instant doneAt() { return doneAt; }
}
