package org.oneplan.people.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.people.PersonSummary;
import org.oneplan.people.PersonalDetails;

/** One row of a search: only the columns a list shows, so a page of results is a single query. */
public interface PersonRow {

    /** As text: native queries do not agree across databases on how a UUID column comes back. */
    String getId();

    String getGivenName();

    String getFamilyName();

    String getPreferredName();

    LocalDate getDateOfBirth();

    String getNhsNumber();

    default PersonSummary toSummary() {
        return PersonSummary.of(UUID.fromString(getId()), new PersonalDetails(getGivenName(), getFamilyName(), getPreferredName(),
                getDateOfBirth(), getNhsNumber()));
    }
}
