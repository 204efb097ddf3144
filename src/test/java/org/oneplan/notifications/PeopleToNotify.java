package org.oneplan.notifications;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.oneplan.people.CommunicationNeeds;
import org.oneplan.people.ContactDetails;
import org.oneplan.people.ContactMethod;
import org.oneplan.people.internal.Person;
import org.oneplan.people.internal.PersonRepository;
import org.oneplan.support.TestPeople;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/** People on a team's caseload with an email address and a preferred way of contact, for notification tests. */
@Transactional
public class PeopleToNotify {

    private final TestPeople people;
    private final PersonRepository repository;

    public PeopleToNotify(TestPeople people, PersonRepository repository) {
        this.people = people;
        this.repository = repository;
    }

    /** {@code preferred} may be null (not recorded), {@code email} too (none). */
    public UUID person(UUID teamId, String givenName, String familyName, ContactMethod preferred, String email) {
        Person person = people.onCaseload(teamId, givenName, familyName);
        person.changeContact(new ContactDetails("1 Mill Lane", null, "Leeds", "LS1 4AB", "0113 496 0000", email),
                Instant.now());
        person.recordCommunicationNeeds(new CommunicationNeeds(preferred, Set.of(), null, null), Instant.now());
        return repository.save(person).id();
    }

    @Import({PeopleToNotify.class, TestPeople.Config.class})
    public static class Config {
    }
}
