package org.oneplan.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who the person is. The NHS number is optional and checked with its modulus 11 check digit. */
public record PersonalDetails(
        @NotBlank(message = "{people.error.givenName.required}") @Size(max = 100, message = "{people.error.tooLong100}") String givenName,
        @NotBlank(message = "{people.error.familyName.required}") @Size(max = 100, message = "{people.error.tooLong100}") String familyName,
        @Size(max = 100, message = "{people.error.tooLong100}") String preferredName,
        @PastOrPresent(message = "{people.error.dateOfBirth.future}") LocalDate dateOfBirth,
        @ValidNhsNumber String nhsNumber) {

    public PersonalDetails {
        givenName = Text.trim(givenName);
        familyName = Text.trim(familyName);
        preferredName = Text.blankToNull(preferredName);
        nhsNumber = NhsNumber.normalise(nhsNumber);
    }

    /** As printed on NHS letters: "943 476 5919". */
    public String formattedNhsNumber() {
        return NhsNumber.format(nhsNumber);
    }

    /** The name to use when speaking to or about the person. */
    public String displayName() {
        return (preferredName != null ? preferredName : givenName) + " " + familyName;
    }
}
