package org.oneplan.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.access.Caseloads;
import org.oneplan.people.CircleMemberDetails;
import org.oneplan.people.PersonalDetails;
import org.oneplan.people.internal.CircleMember;
import org.oneplan.people.internal.CircleMemberRepository;
import org.oneplan.people.internal.Person;
import org.oneplan.people.internal.PersonRepository;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/** Creates people straight into the database (no audit entries) for tests. */
@Transactional
public class TestPeople {

    private final PersonRepository people;
    private final CircleMemberRepository circles;
    private final Caseloads caseloads;

    public TestPeople(PersonRepository people, CircleMemberRepository circles, Caseloads caseloads) {
        this.people = people;
        this.circles = circles;
        this.caseloads = caseloads;
    }

    public Person onCaseload(UUID teamId, String givenName, String familyName) {
        return onCaseload(teamId, new PersonalDetails(givenName, familyName, null, LocalDate.of(1948, 3, 27), null));
    }

    public Person onCaseload(UUID teamId, PersonalDetails details) {
        Person person = people.save(new Person(details, Instant.now()));
        caseloads.add(person.id(), teamId);
        return person;
    }

    public CircleMember addToCircle(UUID personId, CircleMemberDetails details, UUID accountId) {
        CircleMember member = new CircleMember(personId, details, Instant.now());
        if (accountId != null) {
            member.linkAccount(accountId);
        }
        return circles.save(member);
    }

    public java.util.List<CircleMember> currentCircle(UUID personId) {
        return circles.currentCircleOf(personId);
    }

    public java.util.List<CircleMember> circleHistory(UUID personId) {
        return circles.findAll().stream().filter(m -> m.personId().equals(personId)).toList();
    }

    public Person reload(UUID personId) {
        return people.findById(personId).orElseThrow();
    }

    /** Put {@code @Import(TestPeople.Config.class)} on a test class to inject {@link TestPeople}. */
    @Import({TestPeople.class, TestAccounts.class})
    public static class Config {
    }
}
