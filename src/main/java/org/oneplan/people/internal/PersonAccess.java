package org.oneplan.people.internal;

import java.util.UUID;
import org.oneplan.access.Caseloads;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a person's record. Staff see only people on their teams' caseloads; a person
 * sees only their own record; a supporter only the records of people who share with them. A system
 * administrator manages accounts and reads no care records.
 */
@Component
public class PersonAccess {

    private final Caseloads caseloads;
    private final CircleMemberRepository circles;

    PersonAccess(Caseloads caseloads, CircleMemberRepository circles) {
        this.caseloads = caseloads;
        this.circles = circles;
    }

    public boolean canRead(CurrentUser user, UUID personId) {
        return isOwnRecord(user, personId) || onCaseload(user, personId) || sharedWith(user, personId);
    }

    /** Staff who plan with the person may change any part; the person may change how to reach them. */
    public boolean canChange(CurrentUser user, UUID personId, Section section) {
        if (isOwnRecord(user, personId)) {
            return section == Section.CONTACT || section == Section.COMMUNICATION;
        }
        boolean planner = user.has(Role.COORDINATOR) || user.has(Role.ADMINISTRATOR) || user.has(Role.MANAGER);
        return planner && onCaseload(user, personId);
    }

    /** "Who has looked at my record": the person, whoever they share it with, and their teams' managers. */
    public boolean canSeeAudit(CurrentUser user, UUID personId) {
        return isOwnRecord(user, personId) || sharedWith(user, personId)
                || (user.has(Role.MANAGER) && onCaseload(user, personId));
    }

    public static boolean canSearch(CurrentUser user) {
        return user.isCaseworker() && !user.teamIds().isEmpty();
    }

    private static boolean isOwnRecord(CurrentUser user, UUID personId) {
        return user.has(Role.PERSON) && personId.equals(user.personId());
    }

    private boolean onCaseload(CurrentUser user, UUID personId) {
        return user.isCaseworker() && !user.teamIds().isEmpty() && caseloads.isOnCaseloadOfAny(personId, user.teamIds());
    }

    /** A supporter with an account in the person's circle, with whom the person shares their record. */
    public boolean sharedWith(CurrentUser user, UUID personId) {
        return user.has(Role.SUPPORTER) && circles.personIdsSharedWith(user.id()).contains(personId);
    }

    /** The parts of a record that change separately. */
    public enum Section {
        DETAILS, CONTACT, COMMUNICATION, CONSENT, COORDINATOR, CIRCLE
    }
}
