package org.oneplan.planning.web;

import org.oneplan.planning.Agreement;
import org.oneplan.web.DateParts;

/** The person's answer as typed. */
public class AgreementForm {

    private Agreement.Decision decision;
    private String reasons;
    private Agreement.Captured capturedHow;
    private String capturedBy;
    private DateParts capturedOn = new DateParts();
    private String whoTookPart;

    Agreement toAgreement() {
        return new Agreement(decision, reasons == null || reasons.isBlank() ? null : reasons.strip(), capturedHow,
                capturedBy == null ? null : capturedBy.strip(), capturedOn.toLocalDate().orElse(null),
                whoTookPart == null ? null : whoTookPart.strip(), null, null, null);
    }

    public Agreement.Decision getDecision() { return decision; }
    public void setDecision(Agreement.Decision decision) { this.decision = decision; }
    public String getReasons() { return reasons; }
    public void setReasons(String reasons) { this.reasons = reasons; }
    public Agreement.Captured getCapturedHow() { return capturedHow; }
    public void setCapturedHow(Agreement.Captured capturedHow) { this.capturedHow = capturedHow; }
    public String getCapturedBy() { return capturedBy; }
    public void setCapturedBy(String capturedBy) { this.capturedBy = capturedBy; }
    public DateParts getCapturedOn() { return capturedOn; }
    public void setCapturedOn(DateParts capturedOn) { this.capturedOn = capturedOn; }
    public String getWhoTookPart() { return whoTookPart; }
    public void setWhoTookPart(String whoTookPart) { this.whoTookPart = whoTookPart; }
}
