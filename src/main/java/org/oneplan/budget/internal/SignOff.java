package org.oneplan.budget.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.budget.SignOffStatus;
import org.oneplan.budget.SignOffStatus.Kind;
import org.oneplan.budget.SignOffStatus.Stage;

/**
 * A plan's way to sign-off, from its first submission to its sign-off: with the authoriser, returned, sent
 * again, signed off by one or two authorisers. It keeps the fingerprint of the plan as sent, so a plan that
 * changed since is never signed off, and a returned plan goes back only once it has changed. Every step is kept.
 */
@Entity
class SignOff {

    @Id
    private UUID id;
    private UUID planId;
    private UUID personId;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private String contentHash;
    private String returnedHash;
    private int authorisersNeeded;
    private String firstSignedBy;
    private Instant firstSubmittedAt;
    private Instant submittedAt;
    private String submittedBy;
    private Instant decidedAt;
    @OneToMany(mappedBy = "signOff", cascade = CascadeType.ALL)
    @OrderBy("seq")
    private List<SignOffStep> steps = new ArrayList<>();
    /** Null until first saved, so that saving a new sign-off inserts it rather than merging a copy. */
    @Version
    private Long version;

    protected SignOff() {
    }

    /** The plan, as the person agreed it ({@code contentHash}), sent for sign-off for the first time. */
    static SignOff submit(UUID planId, UUID personId, String contentHash, int authorisersNeeded, SignOffBy by) {
        SignOff s = new SignOff();
        s.id = UUID.randomUUID();
        s.planId = planId;
        s.personId = personId;
        s.firstSubmittedAt = by.at();
        s.send(Kind.SUBMITTED, contentHash, authorisersNeeded, by);
        return s;
    }

    /**
     * Sent again: after a return once it has changed. The rule also lets a changed plan replace one with the
     * authoriser, though nothing in OnePlan lets the person agree a changed plan while it waits.
     */
    void resubmit(String hash, int needed, SignOffBy by) {
        BudgetRuleException.require(stage != Stage.SIGNED_OFF, "signOff", "signoff.error.signedOff");
        BudgetRuleException.require(stage != Stage.WITH_AUTHORISER || !hash.equals(contentHash), "signOff",
                "signoff.error.alreadyWaiting");
        BudgetRuleException.require(stage != Stage.RETURNED || !hash.equals(returnedHash), "signOff",
                "signoff.error.unchanged");
        send(Kind.RESUBMITTED, hash, needed, by);
    }

    private void send(Kind kind, String hash, int needed, SignOffBy by) {
        stage = Stage.WITH_AUTHORISER;
        contentHash = hash;
        authorisersNeeded = needed;
        firstSignedBy = null;
        submittedAt = by.at();
        submittedBy = by.username();
        steps.add(new SignOffStep(this, steps.size(), kind, by, hash));
    }

    /** Returned with a reason for each part to change; refused to anyone who may not decide on it. */
    void returnWithReasons(List<SignOffStatus.Reason> reasons, SignOffBy by, Set<String> writers) {
        mayDecide(by, writers, null);
        List<SignOffStatus.Reason> checked = SignOffRules.reasons(reasons);
        stage = Stage.RETURNED;
        returnedHash = contentHash;
        firstSignedBy = null;
        decidedAt = by.at();
        steps.add(new SignOffStep(this, steps.size(), Kind.RETURNED, by, contentHash).because(checked));
    }

    /**
     * Signed off by {@code by}, when the plan is still exactly as sent ({@code currentHash}). True when this was
     * the last sign-off needed; false when it was the first of two.
     */
    boolean signOff(String currentHash, String conditions, List<String> ticked, LocalDate activeFrom, SignOffBy by,
                    Set<String> writers) {
        mayDecide(by, writers, firstSignedBy);
        BudgetRuleException.require(contentHash.equals(currentHash), "content", "signoff.error.changed");
        String words = Texts.clean(conditions, "conditions", SignOffRules.MAX_CONDITIONS);
        boolean last = authorisersNeeded < 2 || firstSignedBy != null;
        steps.add(new SignOffStep(this, steps.size(), last ? Kind.SIGNED_OFF : Kind.FIRST_SIGN_OFF, by, contentHash)
                .deciding(words, ticked, last ? activeFrom : null));
        if (last) {
            stage = Stage.SIGNED_OFF;
            decidedAt = by.at();
        } else {
            firstSignedBy = by.username();
        }
        return last;
    }

    private void mayDecide(SignOffBy by, Set<String> writers, String first) {
        BudgetRuleException.require(stage == Stage.WITH_AUTHORISER, "signOff", "signoff.error.notWaiting");
        SignOffRules.refusal(by.username(), writers, submittedBy, first).ifPresent(key -> {
            throw new BudgetRuleException("signOff", key);
        });
    }

    /** The version the sign-off made, on its last step. */
    void made(int versionNumber) {
        steps.get(steps.size() - 1).made(versionNumber);
    }

    /** Demo data only: every time in it moved {@code by} earlier, as if it had happened then. */
    void movedBack(java.time.Duration by) {
        firstSubmittedAt = firstSubmittedAt.minus(by);
        submittedAt = submittedAt.minus(by);
        decidedAt = decidedAt == null ? null : decidedAt.minus(by);
        steps.forEach(s -> s.movedBack(by));
    }

    SignOffStatus view(int workingDays, boolean changed) {
        return new SignOffStatus(id, personId, stage, firstSubmittedAt, submittedAt, submittedBy, workingDays,
                authorisersNeeded, changed, steps.stream().map(SignOffStep::view).toList());
    }

    UUID id() { return id; }
    UUID planId() { return planId; }
    UUID personId() { return personId; }
    Stage stage() { return stage; }
    String contentHash() { return contentHash; }
    Instant submittedAt() { return submittedAt; }
    Instant decidedAt() { return decidedAt; }
    String submittedBy() { return submittedBy; }
    String firstSignedBy() { return firstSignedBy; }
    int authorisersNeeded() { return authorisersNeeded; }
}
