package org.oneplan.budget.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oneplan.budget.SignOffStatus;

/** One step of a sign-off, as it was taken: never changed once written, apart from the version it made. */
@Entity
class SignOffStep {

    @Id
    private UUID id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "sign_off_id")
    private SignOff signOff;
    /** Its place in the sign-off's history, from 0. */
    private int seq;
    @Enumerated(EnumType.STRING)
    private SignOffStatus.Kind kind;
    private Instant takenAt;
    private String takenBy;
    private String takenByName;
    private String contentHash;
    private String conditions;
    private LocalDate activeFrom;
    private Integer versionNumber;
    @ElementCollection
    @CollectionTable(name = "sign_off_step_reason", joinColumns = @JoinColumn(name = "step_id"))
    @OrderColumn(name = "position")
    private List<Reason> reasons = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "sign_off_step_ticked", joinColumns = @JoinColumn(name = "step_id"))
    @OrderColumn(name = "position")
    @Column(name = "criterion")
    private List<String> ticked = new ArrayList<>();

    protected SignOffStep() {
    }

    SignOffStep(SignOff signOff, int seq, SignOffStatus.Kind kind, SignOffBy by, String contentHash) {
        this.id = UUID.randomUUID();
        this.signOff = signOff;
        this.seq = seq;
        this.kind = kind;
        this.takenAt = by.at();
        this.takenBy = by.username();
        this.takenByName = by.name();
        this.contentHash = contentHash;
    }

    SignOffStep because(List<SignOffStatus.Reason> given) {
        given.forEach(r -> reasons.add(new Reason(r.part(), r.reason())));
        return this;
    }

    SignOffStep deciding(String conditions, List<String> ticked, LocalDate activeFrom) {
        this.conditions = conditions;
        this.ticked.addAll(ticked);
        this.activeFrom = activeFrom;
        return this;
    }

    void movedBack(java.time.Duration by) {
        takenAt = takenAt.minus(by);
    }

    void made(int versionNumber) {
        this.versionNumber = versionNumber;
    }

    SignOffStatus.Kind kind() { return kind; }
    Instant takenAt() { return takenAt; }
    String takenBy() { return takenBy; }
    String takenByName() { return takenByName; }
    String conditions() { return conditions; }

    SignOffStatus.Step view() {
        return new SignOffStatus.Step(kind, takenAt, takenBy, takenByName,
                reasons.stream().map(r -> new SignOffStatus.Reason(r.part, r.reason)).toList(), conditions,
                List.copyOf(ticked), activeFrom, versionNumber);
    }

    /** Why the plan was returned, about one part, as stored. */
    @Embeddable
    static class Reason {

        private String part;
        private String reason;

        protected Reason() {
        }

        Reason(String part, String reason) {
            this.part = part;
            this.reason = reason;
        }
    }
}
