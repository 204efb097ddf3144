package org.oneplan.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Consent to care and support planning and to sharing (who gave it, when, for what), and advocacy. */
public record ConsentAndAdvocacy(
        boolean consentToPlanning,
        boolean consentToSharing,
        @Size(max = 200, message = "{people.error.tooLong200}") String consentGivenBy,
        @PastOrPresent(message = "{people.error.consentGivenOn.future}") LocalDate consentGivenOn,
        @Size(max = 1000, message = "{people.error.tooLong1000}") String consentScope,
        boolean advocateNeeded,
        @Size(max = 1000, message = "{people.error.tooLong1000}") String advocateReason) {

    public static final ConsentAndAdvocacy NONE = new ConsentAndAdvocacy(false, false, null, null, null, false, null);

    public ConsentAndAdvocacy {
        consentGivenBy = Text.blankToNull(consentGivenBy);
        consentScope = Text.blankToNull(consentScope);
        advocateReason = Text.blankToNull(advocateReason);
    }

    @AssertTrue(message = "{people.error.consentGivenBy.required}")
    @JsonIgnore
    public boolean isValidConsentGivenBy() {
        return !(consentToPlanning || consentToSharing) || consentGivenBy != null;
    }

    @AssertTrue(message = "{people.error.consentGivenOn.required}")
    @JsonIgnore
    public boolean isValidConsentGivenOn() {
        return !(consentToPlanning || consentToSharing) || consentGivenOn != null;
    }
}
