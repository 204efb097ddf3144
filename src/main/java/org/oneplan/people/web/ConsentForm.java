package org.oneplan.people.web;

import org.oneplan.people.ConsentAndAdvocacy;
import org.oneplan.people.PersonRecord;
import org.oneplan.web.DateParts;
import org.springframework.validation.BindingResult;

/** Consent to planning and sharing, and whether an independent advocate is needed. */
public class ConsentForm extends SectionForm {

    private boolean consentToPlanning;
    private boolean consentToSharing;
    private String consentGivenBy;
    private DateParts consentGivenOn = new DateParts();
    private String consentScope;
    private boolean advocateNeeded;
    private String advocateReason;

    static ConsentForm of(PersonRecord r) {
        ConsentForm f = new ConsentForm();
        ConsentAndAdvocacy c = r.consent();
        f.consentToPlanning = c.consentToPlanning();
        f.consentToSharing = c.consentToSharing();
        f.consentGivenBy = c.consentGivenBy();
        f.consentGivenOn = DateParts.of(c.consentGivenOn());
        f.consentScope = c.consentScope();
        f.advocateNeeded = c.advocateNeeded();
        f.advocateReason = c.advocateReason();
        f.setVersion(r.version());
        return f;
    }

    ConsentAndAdvocacy toValue(BindingResult result) {
        if (!consentGivenOn.isBlank() && consentGivenOn.toLocalDate().isEmpty()) {
            result.rejectValue("consentGivenOn", "people.error.consentGivenOn.real");
        }
        return new ConsentAndAdvocacy(consentToPlanning, consentToSharing, consentGivenBy,
                consentGivenOn.toLocalDate().orElse(null), consentScope, advocateNeeded, advocateReason);
    }

    public boolean isConsentToPlanning() { return consentToPlanning; }
    public void setConsentToPlanning(boolean v) { this.consentToPlanning = v; }
    public boolean isConsentToSharing() { return consentToSharing; }
    public void setConsentToSharing(boolean v) { this.consentToSharing = v; }
    public String getConsentGivenBy() { return consentGivenBy; }
    public void setConsentGivenBy(String v) { this.consentGivenBy = v; }
    public DateParts getConsentGivenOn() { return consentGivenOn; }
    public void setConsentGivenOn(DateParts v) { this.consentGivenOn = v; }
    public String getConsentScope() { return consentScope; }
    public void setConsentScope(String v) { this.consentScope = v; }
    public boolean isAdvocateNeeded() { return advocateNeeded; }
    public void setAdvocateNeeded(boolean v) { this.advocateNeeded = v; }
    public String getAdvocateReason() { return advocateReason; }
    public void setAdvocateReason(String v) { this.advocateReason = v; }
}
