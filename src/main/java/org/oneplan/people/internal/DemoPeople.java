package org.oneplan.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.access.Accounts;
import org.oneplan.access.Caseloads;
import org.oneplan.access.Teams;
import org.oneplan.people.Circle;
import org.oneplan.people.CircleMemberDetails;
import org.oneplan.people.CommunicationNeeds;
import org.oneplan.people.ConsentAndAdvocacy;
import org.oneplan.people.ContactDetails;
import org.oneplan.people.ContactMethod;
import org.oneplan.people.CoordinatorKind;
import org.oneplan.people.InformationFormat;
import org.oneplan.people.NamedCoordinator;
import org.oneplan.people.SupportRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: about twenty people on the demo teams' caseloads, after the demo accounts exist
 * (order 10). The demo user {@code person} is Margaret Okafor, and {@code supporter} is her son.
 */
@Component
@Profile("demo")
@Order(20)
class DemoPeople implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    private final PersonRepository people;
    private final CircleMemberRepository circles;
    private final Caseloads caseloads;
    private final Teams teams;
    private final Accounts accounts;
    private final Clock clock;

    DemoPeople(PersonRepository people, CircleMemberRepository circles, Caseloads caseloads, Teams teams,
               Accounts accounts, Clock clock) {
        this.people = people;
        this.circles = circles;
        this.caseloads = caseloads;
        this.teams = teams;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<String, UUID> byName = teams.active().stream()
                .collect(Collectors.toMap(Teams.TeamSummary::name, Teams.TeamSummary::id, (a, b) -> a));
        UUID north = byName.get("North Locality Team");
        UUID south = byName.get("South Locality Team");
        if (people.count() > 0 || north == null || south == null) {
            return;
        }
        Person margaret = add(north, DemoCaseload.MARGARET);
        margaret.changeContact(new ContactDetails("14 Orchard Lane", null, "Northby", "LS6 2AB", "0113 496 0101", null), now());
        margaret.recordCommunicationNeeds(new CommunicationNeeds(ContactMethod.LETTER,
                EnumSet.of(InformationFormat.LARGE_PRINT), null, "Hard of hearing: face her when speaking."), now());
        margaret.recordConsent(new ConsentAndAdvocacy(true, true, "Margaret Okafor", LocalDate.now(clock).minusMonths(2),
                "Sharing with her GP and the district nursing team", false, null), now());
        accounts.findIdByUsername("coordinator").ifPresent(c ->
                margaret.chooseCoordinator(new NamedCoordinator(CoordinatorKind.STAFF, c, null), now()));
        accounts.findIdByUsername("person").ifPresent(id -> accounts.linkToPerson(id, margaret.id()));
        CircleMember son = new CircleMember(margaret.id(), new CircleMemberDetails("David Okafor", "Son", Circle.INTIMACY,
                Set.of(SupportRole.FAMILY_CARER, SupportRole.LASTING_POWER_OF_ATTORNEY), "07700 900982", null, true), now());
        accounts.findIdByUsername("supporter").ifPresent(son::linkAccount);
        circles.save(son);
        circles.save(new CircleMember(margaret.id(), new CircleMemberDetails("Joan Price", "Neighbour", Circle.FRIENDSHIP,
                Set.of(SupportRole.VOLUNTEER), null, null, false), now()));
        for (int i = 1; i < DemoCaseload.NORTH.size(); i++) {
            add(north, DemoCaseload.NORTH.get(i));
        }
        DemoCaseload.SOUTH.forEach(d -> add(south, d));
        for (Person p : people.findAll()) {
            CommunicationNeeds needs = DemoCaseload.NEEDS.get(p.details().familyName());
            if (needs != null) {
                p.recordCommunicationNeeds(needs, now());
            }
            if ("Whitfield".equals(p.details().familyName())) {
                p.recordConsent(new ConsentAndAdvocacy(true, false, "Joyce Whitfield (lasting power of attorney)",
                        LocalDate.now(clock).minusWeeks(3), "Care and support planning only", true,
                        "Substantial difficulty taking part in planning; no one appropriate to help"), now());
            }
            if ("Sharma".equals(p.details().familyName())) {
                p.chooseCoordinator(new NamedCoordinator(CoordinatorKind.SELF, null, null), now());
            }
        }
        Person shared = people.findAll().stream().filter(p -> "Chen".equals(p.details().familyName())).findFirst().orElseThrow();
        caseloads.add(shared.id(), south);
        log.info("Demo mode: added {} people to the demo teams' caseloads", people.count());
    }

    private Person add(UUID team, org.oneplan.people.PersonalDetails details) {
        Person person = people.save(new Person(details, now()));
        caseloads.add(person.id(), team);
        return person;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
