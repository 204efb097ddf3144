package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.planning.EligibilityDecision;
import org.oneplan.planning.EligibilityView;

/**
 * Whether the person's needs meet the eligibility criteria, and why; one per plan. Reg. 2(1)(b) needs two
 * or more outcomes the person is unable to achieve, so MEETS is refused with fewer; a decision either way
 * gives its reason (the council must give written reasons when needs are not eligible).
 */
@Entity
class PlanEligibility extends AssessedRecord {

    static final int FEWEST_UNABLE = 2;

    @Enumerated(EnumType.STRING)
    private EligibilityDecision decision;
    private String reason;

    protected PlanEligibility() {
    }

    PlanEligibility(UUID planId) {
        super(planId);
    }

    @Override
    String slug() {
        return "needs";
    }

    void decide(EligibilityDecision decision, String reason, long unableCount, Long expectedVersion, String by,
                Instant now) {
        if (decision == null) {
            throw refused("decision", "required");
        }
        String why = decision == EligibilityDecision.NOT_YET_DECIDED ? bounded("reason", reason, MAX_TEXT)
                : required("reason", reason, MAX_TEXT);
        if (decision == EligibilityDecision.MEETS && unableCount < FEWEST_UNABLE) {
            throw refused("decision", "fewerThanTwo");
        }
        signed(expectedVersion, by, now);
        this.decision = decision;
        this.reason = why;
    }

    EligibilityView view() {
        return new EligibilityView(decision, reason, writtenBy(), writtenAt(), version() == null ? 0 : version());
    }
}
