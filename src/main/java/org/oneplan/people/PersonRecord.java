package org.oneplan.people;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person's whole record as the caller may see it. {@code coordinator} is null until the person has
 * chosen; {@code coordinatorDisplayName} resolves a staff coordinator's account to their name.
 */
public record PersonRecord(UUID id, PersonalDetails details, ContactDetails contact,
                           CommunicationNeeds communication, ConsentAndAdvocacy consent,
                           NamedCoordinator coordinator, String coordinatorDisplayName,
                           List<CircleMemberView> circle, Set<UUID> teamIds, long version, Instant updatedAt) {

    public PersonSummary summary() {
        return PersonSummary.of(id, details);
    }
}
