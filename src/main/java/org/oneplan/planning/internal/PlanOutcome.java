package org.oneplan.planning.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.ServiceLanguage;
import org.oneplan.planning.Whose;
import org.oneplan.planning.Words;

/** One outcome of a plan. It checks what it is given; removing it keeps it, marked as removed. */
@Entity
class PlanOutcome {

    static final int MAX_TEXT = 1000;

    @Id
    private UUID id;
    private UUID planId;
    private int position;
    private String text;
    private String matters;
    private String howWeKnow;
    private LocalDate targetDate;
    @Enumerated(EnumType.STRING)
    private Whose whose;
    private String whoseName;
    private String writtenBy;
    private Instant writtenAt;
    private Instant removedAt;
    private String removedBy;
    @ElementCollection
    @CollectionTable(name = "plan_outcome_need", joinColumns = @JoinColumn(name = "outcome_id"))
    @Column(name = "need_code")
    private Set<String> needCodes = new HashSet<>();
    /** Null until first saved, so that saving a new outcome inserts it rather than merging a copy. */
    @Version
    private Long version;

    protected PlanOutcome() {
    }

    PlanOutcome(UUID planId, int position) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.position = position;
    }

    /** {@code today} decides whether a newly set target date is in the past; an unchanged one may be. */
    void write(OutcomeDraft d, Set<String> knownNeeds, LocalDate today, String by, Instant now) {
        String clean = d.text() == null ? "" : d.text().strip();
        if (clean.isEmpty()) {
            throw new PlanRuleException("text", "planning.outcome.error.text.required");
        }
        if (clean.length() > MAX_TEXT) {
            throw new PlanRuleException("text", "planning.outcome.error.text.tooLong");
        }
        for (String[] field : new String[][] {{"matters", d.matters()}, {"howWeKnow", d.howWeKnow()}}) {
            if (field[1] != null && field[1].length() > MAX_TEXT) {
                throw new PlanRuleException(field[0], "planning.outcome.error.tooLong");
            }
        }
        if (d.whose() == null) {
            throw new PlanRuleException("whose", "planning.error.whose.required");
        }
        if (d.whose() == Whose.SUPPORTER && (d.whoseName() == null || d.whoseName().isBlank())) {
            throw new PlanRuleException("whoseName", "planning.error.whoseName.required");
        }
        if (d.whoseName() != null && d.whoseName().length() > 200) {
            throw new PlanRuleException("whoseName", "planning.error.whoseName.tooLong");
        }
        if (d.targetDate() != null && !d.targetDate().equals(targetDate) && d.targetDate().isBefore(today)) {
            throw new PlanRuleException("targetDate", "planning.outcome.error.targetDate.past");
        }
        if (d.needCodes() != null && !knownNeeds.containsAll(d.needCodes())) {
            throw new PlanRuleException("needCodes", "planning.outcome.error.needs.unknown");
        }
        text = clean;
        matters = blankToNull(d.matters());
        howWeKnow = blankToNull(d.howWeKnow());
        targetDate = d.targetDate();
        whose = d.whose();
        whoseName = d.whose() == Whose.PERSON ? null : blankToNull(d.whoseName());
        needCodes.clear();
        if (d.needCodes() != null) {
            needCodes.addAll(d.needCodes());
        }
        writtenBy = by;
        writtenAt = now;
    }

    void remove(String by, Instant now) {
        removedAt = now;
        removedBy = by;
    }

    boolean removed() { return removedAt != null; }
    UUID id() { return id; }
    UUID planId() { return planId; }
    long version() { return version == null ? 0 : version; }

    OutcomeView view() {
        return new OutcomeView(id, new Words(text, whose, whoseName, writtenBy, writtenAt, version()), matters,
                howWeKnow, targetDate, Set.copyOf(needCodes), ServiceLanguage.check(text));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
