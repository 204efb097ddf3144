package org.oneplan.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.access.Caseloads;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.Teams;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.CommunicationNeeds;
import org.oneplan.people.ConsentAndAdvocacy;
import org.oneplan.people.ContactDetails;
import org.oneplan.people.NamedCoordinator;
import org.oneplan.people.PersonRecord;
import org.oneplan.people.PersonalDetails;
import org.oneplan.people.internal.PersonAccess.Section;
import org.oneplan.web.FieldProblem;
import org.oneplan.web.InvalidRequestException;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading, creating and changing a person's record; every read and change is audited. */
@Service
@Transactional
public class PersonService {

    private final PersonRepository people;
    private final PersonGuard guard;
    private final PersonRecords records;
    private final Caseloads caseloads;
    private final Teams teams;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    PersonService(PersonRepository people, PersonGuard guard, PersonRecords records, Caseloads caseloads,
                  Teams teams, AuditTrail audit, MessageSource messages, Clock clock) {
        this.people = people;
        this.guard = guard;
        this.records = records;
        this.caseloads = caseloads;
        this.teams = teams;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public PersonRecord read(UUID personId) {
        Person person = guard.readable(personId);
        audit.record(AuditAction.VIEWED, PersonGuard.RECORD_TYPE, personId, "Viewed the record");
        return records.of(person);
    }

    /** For the page that changes one part: refused (as not found) unless the caller may change that part. */
    public PersonRecord readToChange(UUID personId, Section section) {
        Person person = guard.changeable(personId, section);
        audit.record(AuditAction.VIEWED, PersonGuard.RECORD_TYPE, personId, "Opened " + section.name().toLowerCase() + " to change");
        return records.of(person);
    }

    /** For showing a form again or a conflict: no audit entry of its own, as the page that follows records one. */
    @Transactional(readOnly = true)
    public PersonRecord readForChange(UUID personId) {
        return records.of(guard.readable(personId));
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
        return records.of(person);
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
        return records.of(person);
    }

    private <T> PersonRecord change(UUID id, long version, Section section, T value, Change<T> change) {
        Person person = guard.changeable(id, section, version);
        change.apply(person, value, now());
        people.saveAndFlush(person);
        audit.record(AuditAction.UPDATED, PersonGuard.RECORD_TYPE, id, "Changed " + section.name().toLowerCase());
        return records.of(person);
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

    private Instant now() {
        return Instant.now(clock);
    }
}
