package org.oneplan.people.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.Role;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditRecord;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.PersonSearch;
import org.oneplan.people.PersonSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding people: caseload search for staff, "my records" for a person or supporter, and a record's audit. */
@Service
@Transactional
public class PersonDirectory {

    private final PersonRepository people;
    private final CircleMemberRepository circles;
    private final PersonGuard guard;
    private final AuditTrail audit;

    PersonDirectory(PersonRepository people, CircleMemberRepository circles, PersonGuard guard, AuditTrail audit) {
        this.people = people;
        this.circles = circles;
        this.guard = guard;
        this.audit = audit;
    }

    /** People on the caller's teams' caseloads; an empty search lists them all, by name. */
    public Page<PersonSummary> search(PersonSearch search, Pageable pageable) {
        CurrentUser user = guard.user();
        if (!PersonAccess.canSearch(user)) {
            throw new AccessDeniedException("Only team staff search caseloads");
        }
        Page<PersonRow> page = people.searchCaseloads(user.teamIds(), search.namePattern(), search.nhsNumber(),
                search.dateOfBirth(), PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        // The audit records that a search happened, not what was typed: search terms can be sensitive.
        audit.record(AuditAction.SEARCHED, PersonGuard.RECORD_TYPE, null,
                search.isEmpty() ? "Listed caseload" : "Searched caseload");
        return page.map(PersonRow::toSummary);
    }

    /** The records the caller may see as a person (their own) or a supporter (shared with them). */
    @Transactional(readOnly = true)
    public List<PersonSummary> myRecords() {
        CurrentUser user = guard.user();
        Set<UUID> ids = new LinkedHashSet<>();
        if (user.has(Role.PERSON) && user.personId() != null) {
            ids.add(user.personId());
        }
        if (user.has(Role.SUPPORTER)) {
            ids.addAll(circles.personIdsSharedWith(user.id()));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return people.findByIdIn(ids, PageRequest.of(0, 100)).map(p -> PersonSummary.of(p.id(), p.details())).getContent();
    }

    /** The people whose named coordinator the caller is, on their teams' caseloads; none unless team staff. */
    @Transactional(readOnly = true)
    public List<UUID> coordinatedByMe() {
        CurrentUser user = guard.user();
        return PersonAccess.canSearch(user)
                ? people.coordinatedBy(user.id(), user.teamIds()).stream().map(UUID::fromString).toList() : List.of();
    }

    /** Those of the given people on the caller's teams' caseloads, in one query; none unless team staff. */
    @Transactional(readOnly = true)
    public List<PersonSummary> onMyCaseloadsAmong(Collection<UUID> personIds) {
        CurrentUser user = guard.user();
        return PersonAccess.canSearch(user) && !personIds.isEmpty()
                ? people.onCaseloadsAmong(personIds, user.teamIds()).stream().map(PersonRow::toSummary).toList()
                : List.of();
    }

    /** Who has read or changed the record; looking at it is itself recorded. */
    public Page<AuditRecord> auditOf(UUID personId, Pageable pageable) {
        guard.auditable(personId);
        Page<AuditRecord> page = audit.forRecord(personId, pageable);
        audit.record(AuditAction.VIEWED, PersonGuard.RECORD_TYPE, personId, "Viewed who has looked at the record");
        return page;
    }
}
