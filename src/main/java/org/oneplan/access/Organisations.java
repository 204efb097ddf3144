package org.oneplan.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Organisations as other modules see them, and who may change an organisation's settings. */
public interface Organisations {

    /**
     * The organisations whose settings the signed-in user may change: every active organisation for a system
     * administrator, the organisations of their own teams for a manager; empty for anyone else.
     */
    List<OrganisationRef> settingsScope();

    /** The organisation, when the signed-in user may change its settings; otherwise access is denied. */
    OrganisationRef requireSettingsAccess(UUID organisationId);

    /** The organisations the given teams belong to. */
    Set<UUID> ofTeams(Collection<UUID> teamIds);

    record OrganisationRef(UUID id, String name) {
    }
}
