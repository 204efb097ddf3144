package org.oneplan.planning.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.ServiceLanguage;

/**
 * One outcome of a plan, in someone's words. It checks what it is given; removing it keeps it, marked as removed.
 * Its rule message keys are {@code planning.outcome.error...}, and {@code planning.error.whose...} for whose
 * words they are. (It has no time it was added, so it is not a {@link RemovableEntry}.)
 */
@Entity
class PlanOutcome extends Written {

    static final int MAX_TEXT = 1000;

    private int position;
    private String text;
    private String matters;
    private String howWeKnow;
    private LocalDate targetDate;
    private Instant removedAt;
    private String removedBy;
    @ElementCollection
    @CollectionTable(name = "plan_outcome_need", joinColumns = @JoinColumn(name = "outcome_id"))
    @Column(name = "need_code")
    private Set<String> needCodes = new HashSet<>();

    protected PlanOutcome() {
    }

    PlanOutcome(UUID planId, int position) {
        super(planId);
        this.position = position;
    }

    @Override
    String slug() {
        return "outcome";
    }

    @Override
    String whoseRules() {
        return "planning.error";
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
        String name = whoseName(d.whose(), d.whoseName());
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
        needCodes.clear();
        if (d.needCodes() != null) {
            needCodes.addAll(d.needCodes());
        }
        signed(d.whose(), name, by, now);
    }

    void remove(String by, Instant now) {
        removedAt = now;
        removedBy = by;
    }

    boolean removed() { return removedAt != null; }

    OutcomeView view() {
        return new OutcomeView(id(), words(text), matters, howWeKnow, targetDate, Set.copyOf(needCodes),
                ServiceLanguage.check(text));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
