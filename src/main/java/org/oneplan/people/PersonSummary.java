package org.oneplan.people;

import java.time.LocalDate;
import java.util.UUID;

/** Enough to recognise a person in a list. */
public record PersonSummary(UUID id, String displayName, String givenName, String familyName,
                            LocalDate dateOfBirth, String nhsNumber) {

    public static PersonSummary of(UUID id, PersonalDetails d) {
        return new PersonSummary(id, d.displayName(), d.givenName(), d.familyName(), d.dateOfBirth(), d.nhsNumber());
    }

    public String formattedNhsNumber() {
        return NhsNumber.format(nhsNumber);
    }
}
