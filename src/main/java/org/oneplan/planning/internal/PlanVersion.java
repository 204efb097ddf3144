package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.oneplan.planning.SignOffNote;

/**
 * An agreed version of a plan: written once, never changed. A plan that needed signing off becomes a version only
 * when signed off; the version then names the person's agreement it holds and carries the sign-off.
 */
@Entity
@Immutable
class PlanVersion {

    @Id
    private UUID id;
    private UUID planId;
    private int number;
    private String content;
    private String contentHash;
    private Instant agreedAt;
    private String recordedBy;
    private UUID agreementId;
    private UUID signOffId;
    /** The authorisers' names, one a line. */
    private String signedOffBy;
    private Instant signedOffAt;
    private String signOffConditions;
    private LocalDate budgetActiveFrom;

    protected PlanVersion() {
    }

    PlanVersion(UUID planId, int number, String content, String contentHash, String recordedBy, Instant agreedAt) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.number = number;
        this.content = content;
        this.contentHash = contentHash;
        this.recordedBy = recordedBy;
        this.agreedAt = agreedAt;
    }

    /** The version a sign-off makes of the content the person agreed in {@code agreement}. */
    static PlanVersion signedOff(UUID planId, int number, String content, String contentHash, PlanAgreement agreement,
                                 SignOffNote note) {
        PlanVersion v = new PlanVersion(planId, number, content, contentHash, agreement.recordedBy(),
                agreement.recordedAt());
        v.agreementId = agreement.id();
        v.signOffId = note.signOffId();
        v.signedOffBy = String.join("\n", note.signedOffBy());
        v.signedOffAt = note.signedOffAt();
        v.signOffConditions = note.conditions();
        v.budgetActiveFrom = note.budgetActiveFrom();
        return v;
    }

    int number() { return number; }
    String content() { return content; }
    String contentHash() { return contentHash; }
    Instant agreedAt() { return agreedAt; }
    String recordedBy() { return recordedBy; }

    /** The sign-off this version carries, or null when its plan needed none. */
    SignOffNote signOff() {
        return signOffId == null ? null : new SignOffNote(signOffId, Arrays.asList(signedOffBy.split("\n")),
                signedOffAt, signOffConditions, budgetActiveFrom);
    }
}
