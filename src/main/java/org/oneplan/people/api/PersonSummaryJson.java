package org.oneplan.people.api;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.people.PersonSummary;

record PersonSummaryJson(UUID id, String givenName, String familyName, String displayName, LocalDate dateOfBirth,
                         String nhsNumber) {

    static PersonSummaryJson of(PersonSummary s) {
        return new PersonSummaryJson(s.id(), s.givenName(), s.familyName(), s.displayName(), s.dateOfBirth(),
                s.nhsNumber());
    }
}
