package org.oneplan.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.people.ContactPreference;
import org.oneplan.people.People;
import org.oneplan.people.PersonRecord;
import org.oneplan.people.PersonSearch;
import org.oneplan.people.PersonSummary;
import org.oneplan.people.internal.PersonAccess.Section;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules ask about people: only those the caller may see, except how to contact them. */
@Service
@Transactional
class PeopleLookup implements People {

    private final PersonRepository people;
    private final PersonGuard guard;
    private final PersonDirectory directory;
    private final PersonRecords records;

    PeopleLookup(PersonRepository people, PersonGuard guard, PersonDirectory directory, PersonRecords records) {
        this.people = people;
        this.guard = guard;
        this.directory = directory;
        this.records = records;
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
            return Optional.of(records.of(guard.readable(personId)));
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
}
