package org.oneplan.planning.web;

import org.oneplan.planning.EligibilityDecision;
import org.oneplan.planning.EligibilityView;

/** The eligibility decision as typed, with the version the writer saw (none before the first decision). */
public class EligibilityForm {

    private EligibilityDecision decision;
    private String reason;
    private Long version;

    static EligibilityForm of(EligibilityView decided) {
        EligibilityForm f = new EligibilityForm();
        if (decided != null) {
            f.decision = decided.decision();
            f.reason = decided.reason();
            f.version = decided.version();
        }
        return f;
    }

    public EligibilityDecision getDecision() { return decision; }
    public void setDecision(EligibilityDecision decision) { this.decision = decision; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
