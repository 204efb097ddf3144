package org.oneplan.people.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.people.CommunicationNeeds;
import org.oneplan.people.ConsentAndAdvocacy;
import org.oneplan.people.ContactDetails;
import org.oneplan.people.PersonRecord;

/** A person as the API shows them. {@code version} is also sent as the ETag. */
record PersonJson(UUID id, String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
                  String nhsNumber, ContactDetails contact, CommunicationNeeds communication,
                  ConsentAndAdvocacy consent, CoordinatorJson coordinator, List<CircleMemberJson> circle,
                  Set<UUID> teamIds, long version) {

    static PersonJson of(PersonRecord r) {
        var d = r.details();
        return new PersonJson(r.id(), d.givenName(), d.familyName(), d.preferredName(), d.dateOfBirth(),
                d.nhsNumber(), r.contact(), r.communication(), r.consent(),
                r.coordinator() == null ? null : CoordinatorJson.of(r.coordinator(), r.coordinatorDisplayName()),
                r.circle().stream().map(CircleMemberJson::of).toList(), r.teamIds(), r.version());
    }
}
