package org.oneplan.notifications.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.Caseloads;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.people.People;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose notifications the signed-in user may see. A team administrator sees those of the people on their
 * teams' caseloads, with their names; a system administrator, who reads no care records, sees every message
 * of the outbox but not whom it is for.
 */
@Component
class Audience {

    private final CurrentUsers users;
    private final Caseloads caseloads;
    private final People people;

    Audience(CurrentUsers users, Caseloads caseloads, People people) {
        this.users = users;
        this.caseloads = caseloads;
        this.people = people;
    }

    record Scope(CurrentUser user, boolean everyone, Set<UUID> people) {

        boolean covers(UUID personId) {
            return everyone || people.contains(personId);
        }

        /** Whether the pages may name the people: only for the staff of their teams. */
        boolean named() {
            return !everyone;
        }
    }

    /** For the outbox: team administrators, or a system administrator for everyone. */
    Scope forOutbox() {
        CurrentUser user = users.require();
        if (!isTeamAdministrator(user) && user.has(Role.SYSTEM_ADMIN)) {
            return new Scope(user, true, Set.of());
        }
        return forTasks();
    }

    /** For the tasks: only team administrators, as the tasks name people. */
    Scope forTasks() {
        CurrentUser user = users.require();
        if (!isTeamAdministrator(user)) {
            throw new AccessDeniedException("Only the administrators of a team see its people's notifications");
        }
        return new Scope(user, false, caseloads.peopleOn(user.teamIds()));
    }

    /**
     * The display names of the people, for a scope that may name them; empty otherwise. One query for a page: the
     * scope's people are those on the administrator's teams' caseloads, whom the people module names to team staff
     * without an audit entry of its own (the page records its listing).
     */
    Map<UUID, String> names(Scope scope, Collection<UUID> personIds) {
        Map<UUID, String> names = new HashMap<>();
        if (scope.named() && !personIds.isEmpty()) {
            people.onMyCaseloadsAmong(Set.copyOf(personIds)).forEach(p -> names.put(p.id(), p.displayName()));
        }
        return names;
    }

    private static boolean isTeamAdministrator(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR) && !user.teamIds().isEmpty();
    }
}
