package org.oneplan.people.internal;

import java.util.UUID;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.internal.PersonAccess.Section;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.StaleRecordException;
import org.springframework.stereotype.Component;

/**
 * Loads a person for the signed-in user or refuses. A refusal looks exactly like a missing record
 * (so it does not reveal that the person exists) and is written to the audit trail.
 */
@Component
class PersonGuard {

    static final String RECORD_TYPE = "Person";

    private final PersonRepository people;
    private final PersonAccess access;
    private final CurrentUsers users;
    private final AuditTrail audit;

    PersonGuard(PersonRepository people, PersonAccess access, CurrentUsers users, AuditTrail audit) {
        this.people = people;
        this.access = access;
        this.users = users;
        this.audit = audit;
    }

    CurrentUser user() {
        return users.require();
    }

    Person readable(UUID personId) {
        return load(personId, access.canRead(user(), personId), "read");
    }

    Person changeable(UUID personId, Section section) {
        return load(personId, access.canChange(user(), personId, section), "change " + section.name().toLowerCase());
    }

    Person changeable(UUID personId, Section section, long expectedVersion) {
        Person person = changeable(personId, section);
        if (person.version() != expectedVersion) {
            throw new StaleRecordException(person.version());
        }
        return person;
    }

    boolean mayChange(UUID personId, Section section) {
        return access.canChange(user(), personId, section);
    }

    boolean sharedWithCaller(UUID personId) {
        return access.sharedWith(user(), personId);
    }

    Person auditable(UUID personId) {
        return load(personId, access.canSeeAudit(user(), personId), "see audit of");
    }

    Person changeableCircle(UUID personId) {
        return load(personId, access.canChange(user(), personId, Section.CIRCLE), "change circle of");
    }

    private Person load(UUID personId, boolean allowed, String attempted) {
        if (!allowed) {
            audit.record(AuditAction.REFUSED, RECORD_TYPE, personId, "Tried to " + attempted + " the record");
            throw new RecordNotFoundException(RECORD_TYPE);
        }
        return people.findById(personId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
    }
}
