package org.oneplan.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read-only view of teams for other modules. */
public interface Teams {

    List<TeamSummary> active();

    Optional<TeamSummary> find(UUID teamId);

    List<TeamSummary> findAll(Collection<UUID> teamIds);

    /** Active staff accounts in any of the given teams (for choosing a named coordinator). */
    List<StaffMember> staffIn(Collection<UUID> teamIds);

    record TeamSummary(UUID id, String name, UUID organisationId, String organisationName) {
    }

    record StaffMember(UUID userId, String displayName) {
    }
}
