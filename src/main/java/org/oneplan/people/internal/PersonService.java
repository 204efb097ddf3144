package org.oneplan.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.Accounts;
import org.oneplan.access.Caseloads;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.Teams;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.CircleMemberView;
import org.oneplan.people.CommunicationNeeds;
import org.oneplan.people.ConsentAndAdvocacy;
import org.oneplan.people.ContactPreference;
import org.oneplan.people.ContactDetails;
import org.oneplan.people.NamedCoordinator;
import org.oneplan.people.People;
import org.oneplan.people.PersonRecord;
import org.oneplan.people.PersonSearch;
import org.oneplan.people.PersonSummary;
import org.oneplan.people.PersonalDetails;
import org.oneplan.people.internal.PersonAccess.Section;
import org.oneplan.web.FieldProblem;
import org.oneplan.web.InvalidRequestException;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading, creating and changing a person's record; every read and change is audited. */
@Service
@Transactional
public class PersonService implements People {

    private final PersonRepository people;
    private final CircleMemberRepository circles;
    private final PersonGuard guard;
    private final Caseloads caseloads;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final Teams teams;
    private final MessageSource messages;
    private final PersonDirectory directory;

    PersonService(PersonRepository people, CircleMemberRepository circles, PersonGuard guard, Caseloads caseloads,
                  Accounts accounts, AuditTrail audit, Clock clock, Teams teams, MessageSource messages,
                  PersonDirectory directory) {
        this.directory = directory;
        this.teams = teams;
        this.messages = messages;
        this.people = people;
        this.circles = circles;
        this.guard = guard;
        this.caseloads = caseloads;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    public PersonRecord read(UUID personId) {
        Person person = guard.readable(personId);
        audit.record(AuditAction.VIEWED, PersonGuard.RECORD_TYPE, personId, "Viewed the record");
        return toRecord(person);
    }

    /** For the page that changes one part: refused (as not found) unless the caller may change that part. */
    public PersonRecord readToChange(UUID personId, Section section) {
        Person person = guard.changeable(personId, section);
        audit.record(AuditAction.VIEWED, PersonGuard.RECORD_TYPE, personId, "Opened " + section.name().toLowerCase() + " to change");
        return toRecord(person);
    }

    /** For showing a form again or a conflict: no audit entry of its own, as the page that follows records one. */
    @Transactional(readOnly = true)
    public PersonRecord readForChange(UUID personId) {
        return toRecord(guard.readable(personId));
    }

    /** Creates the record and puts the person on one of the caller's teams' caseloads. */
    public PersonRecord create(PersonalDetails details, UUID teamId) {
        CurrentUser user = guard.user();
        if (!PersonAccess.canSearch(user) || !user.teamIds().contains(teamId)) {
            throw new RecordNotFoundException("Team");
        }
        Person person = people.save(new Person(details, now()));
        caseloads.add(person.id(), teamId);
        audit.record(AuditAction.CREATED, PersonGuard.RECORD_TYPE, person.id(), "Created the record");
        return toRecord(person);
    }

    public PersonRecord changeDetails(UUID id, long version, PersonalDetails d) {
        return change(id, version, Section.DETAILS, d, Person::changeDetails);
    }

    public PersonRecord changeContact(UUID id, long version, ContactDetails c) {
        return change(id, version, Section.CONTACT, c, Person::changeContact);
    }

    public PersonRecord recordCommunicationNeeds(UUID id, long version, CommunicationNeeds c) {
        return change(id, version, Section.COMMUNICATION, c, Person::recordCommunicationNeeds);
    }

    public PersonRecord recordConsent(UUID id, long version, ConsentAndAdvocacy c) {
        return change(id, version, Section.CONSENT, c, Person::recordConsent);
    }

    public PersonRecord chooseCoordinator(UUID id, long version, NamedCoordinator c) {
        requireStaffOfTeams(id, c);
        return change(id, version, Section.COORDINATOR, c, Person::chooseCoordinator);
    }

    /** Replaces every section at once (the API's PUT); one version check, one audit entry. */
    public PersonRecord replace(UUID id, long version, PersonalDetails d, ContactDetails c, CommunicationNeeds n,
                                ConsentAndAdvocacy consent, NamedCoordinator coordinator) {
        Person person = guard.changeable(id, Section.DETAILS, version);
        requireStaffOfTeams(id, coordinator);
        Instant now = now();
        person.changeDetails(d, now);
        person.changeContact(c, now);
        person.recordCommunicationNeeds(n, now);
        person.recordConsent(consent, now);
        person.chooseCoordinator(coordinator, now);
        people.saveAndFlush(person);
        audit.record(AuditAction.UPDATED, PersonGuard.RECORD_TYPE, id, "Changed the whole record");
        return toRecord(person);
    }

    /** Puts the person on another team's caseload too, e.g. a multi-disciplinary team joining their care. */
    public void addToCaseload(UUID personId, UUID teamId) {
        guard.changeable(personId, Section.DETAILS);
        if (teams.find(teamId).isEmpty()) {
            throw new RecordNotFoundException("Team");
        }
        caseloads.add(personId, teamId);
        audit.record(AuditAction.UPDATED, PersonGuard.RECORD_TYPE, personId, "Added to a team's caseload");
    }

    /** Takes the person off a team's caseload; they always stay on at least one. */
    public void removeFromCaseload(UUID personId, UUID teamId) {
        guard.changeable(personId, Section.DETAILS);
        var holding = caseloads.teamsHolding(personId);
        if (!holding.contains(teamId) || holding.size() == 1) {
            throw new InvalidRequestException(List.of(new FieldProblem("teamId", messages.getMessage(
                    "people.error.team.last", null, LocaleContextHolder.getLocale()))));
        }
        caseloads.remove(personId, teamId);
        audit.record(AuditAction.UPDATED, PersonGuard.RECORD_TYPE, personId, "Taken off a team's caseload");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContactPreference> contactPreference(UUID personId) {
        return people.findById(personId)
                .map(p -> new ContactPreference(p.communication().preferredContact(), p.contact().email()));
    }

    @Override
    public Optional<PersonSummary> findVisible(UUID personId) {
        try {
            return Optional.of(PersonSummary.of(personId, guard.readable(personId).details()));
        } catch (RecordNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonRecord> findRecord(UUID personId) {
        try {
            return Optional.of(toRecord(guard.readable(personId)));
        } catch (RecordNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<PersonSummary> onMyCaseloads(int limit) {
        return directory.search(new PersonSearch(null, null, null), PageRequest.of(0, limit)).getContent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayPlanFor(UUID personId) {
        return guard.mayChange(personId, Section.DETAILS);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean sharesWithMe(UUID personId) {
        return guard.sharedWithCaller(personId);
    }

    @Override
    public List<UUID> coordinatedByMe() {
        return directory.coordinatedByMe();
    }

    @Override
    public List<PersonSummary> onMyCaseloadsAmong(Collection<UUID> personIds) {
        return directory.onMyCaseloadsAmong(personIds);
    }

    private <T> PersonRecord change(UUID id, long version, Section section, T value, Change<T> change) {
        Person person = guard.changeable(id, section, version);
        change.apply(person, value, now());
        people.saveAndFlush(person);
        audit.record(AuditAction.UPDATED, PersonGuard.RECORD_TYPE, id, "Changed " + section.name().toLowerCase());
        return toRecord(person);
    }

    @FunctionalInterface
    private interface Change<T> {
        void apply(Person person, T value, Instant now);
    }

    /** Staff who may coordinate: active members of the teams that hold the person. */
    @Transactional(readOnly = true)
    public List<Teams.StaffMember> possibleCoordinators(UUID personId) {
        guard.readable(personId);
        return teams.staffIn(caseloads.teamsHolding(personId));
    }

    private void requireStaffOfTeams(UUID personId, NamedCoordinator c) {
        if (c != null && c.userId() != null && possibleCoordinators(personId).stream()
                .noneMatch(s -> s.userId().equals(c.userId()))) {
            throw new InvalidRequestException(List.of(new FieldProblem("coordinator.userId", messages.getMessage(
                    "people.error.coordinatorUser.notStaff", null, LocaleContextHolder.getLocale()))));
        }
    }

    PersonRecord toRecord(Person p) {
        List<CircleMemberView> circle = circles.currentCircleOf(p.id()).stream()
                .map(m -> new CircleMemberView(m.id(), m.details(), m.userAccountId() != null, m.version()))
                .toList();
        NamedCoordinator coordinator = p.coordinator();
        String coordinatorName = coordinator == null ? null
                : coordinator.userId() != null ? accounts.displayNameOf(coordinator.userId()).orElse(null)
                : coordinator.name();
        return new PersonRecord(p.id(), p.details(), p.contact(), p.communication(), p.consent(), coordinator,
                coordinatorName, circle, caseloads.teamsHolding(p.id()), p.version(), p.updatedAt());
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
