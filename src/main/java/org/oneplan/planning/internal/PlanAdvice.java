package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.planning.AdviceDraft;
import org.oneplan.planning.AdviceFormat;
import org.oneplan.planning.AdviceView;

/**
 * Advice or information given to prevent or delay needs: what, who gave it, when (not in the future) and in
 * which format. Removing it keeps it, marked with who removed it when; a removed one does not change again.
 */
@Entity
class PlanAdvice extends AssessedRecord {

    static final int MAX_NAME = 200;

    private String what;
    private String givenBy;
    private LocalDate givenOn;
    @Enumerated(EnumType.STRING)
    private AdviceFormat format;
    private Instant addedAt;
    private Instant removedAt;
    private String removedBy;

    protected PlanAdvice() {
    }

    PlanAdvice(UUID planId, Instant now) {
        super(planId);
        this.addedAt = now;
    }

    @Override
    String slug() {
        return "advice";
    }

    /** {@code today} decides whether the date is in the future. */
    void write(AdviceDraft d, Long expectedVersion, LocalDate today, String by, Instant now) {
        stillInThePlan();
        String text = required("what", d.what(), MAX_TEXT);
        String giver = required("givenBy", d.givenBy(), MAX_NAME);
        if (d.givenOn() == null) {
            throw refused("givenOn", "required");
        }
        if (d.givenOn().isAfter(today)) {
            throw refused("givenOn", "future");
        }
        if (d.format() == null) {
            throw refused("format", "required");
        }
        signed(expectedVersion, by, now);
        this.what = text;
        this.givenBy = giver;
        this.givenOn = d.givenOn();
        this.format = d.format();
    }

    void remove(long expectedVersion, String by, Instant now) {
        stillInThePlan();
        signed(expectedVersion, by, now);
        this.removedAt = now;
        this.removedBy = by;
    }

    boolean removed() {
        return removedAt != null;
    }

    private void stillInThePlan() {
        if (removed()) {
            throw refused("what", "removed");
        }
    }

    AdviceView view() {
        return new AdviceView(id(), what, givenBy, givenOn, format, writtenBy(), writtenAt(),
                version() == null ? 0 : version());
    }
}
