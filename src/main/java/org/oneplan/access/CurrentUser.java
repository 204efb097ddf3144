package org.oneplan.access;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user as other modules see them, loaded fresh for each request so that a
 * deactivation or a change of team takes effect at once.
 *
 * @param personId the person record this account belongs to, for a PERSON; otherwise null
 */
public record CurrentUser(UUID id, String username, String displayName, Set<Role> roles,
                          Set<UUID> teamIds, UUID personId) {

    public CurrentUser {
        roles = Set.copyOf(roles);
        teamIds = Set.copyOf(teamIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isCaseworker() {
        return roles.stream().anyMatch(Role::isCaseworker);
    }

    public Optional<UUID> ownPersonId() {
        return Optional.ofNullable(personId);
    }

    /** The most senior role, for the audit trail's "as" column. */
    public Role primaryRole() {
        for (Role r : new Role[] {Role.SYSTEM_ADMIN, Role.MANAGER, Role.AUTHORISER, Role.COORDINATOR,
                Role.ADMINISTRATOR, Role.SUPPORTER, Role.PERSON}) {
            if (roles.contains(r)) {
                return r;
            }
        }
        return Role.PERSON;
    }
}
