package org.oneplan.access.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Organisations;
import org.oneplan.access.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaOrganisations implements Organisations {

    private final OrganisationRepository organisations;
    private final TeamRepository teams;
    private final CurrentUsers users;

    JpaOrganisations(OrganisationRepository organisations, TeamRepository teams, CurrentUsers users) {
        this.organisations = organisations;
        this.teams = teams;
        this.users = users;
    }

    @Override
    public List<OrganisationRef> settingsScope() {
        CurrentUser user = users.current().orElse(null);
        if (user == null) {
            return List.of();
        }
        if (user.has(Role.SYSTEM_ADMIN)) {
            return organisations.findAllOrdered().stream().filter(Organisation::active).map(JpaOrganisations::ref).toList();
        }
        if (user.has(Role.MANAGER)) {
            Set<UUID> own = ofTeams(user.teamIds());
            return organisations.findAllOrdered().stream()
                    .filter(o -> o.active() && own.contains(o.id())).map(JpaOrganisations::ref).toList();
        }
        return List.of();
    }

    @Override
    public OrganisationRef requireSettingsAccess(UUID organisationId) {
        return settingsScope().stream().filter(o -> o.id().equals(organisationId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("May not change this organisation's settings"));
    }

    @Override
    public Set<UUID> ofTeams(Collection<UUID> teamIds) {
        if (teamIds.isEmpty()) {
            return Set.of();
        }
        return teams.findAllById(teamIds).stream().map(Team::organisationId).collect(Collectors.toSet());
    }

    private static OrganisationRef ref(Organisation o) {
        return new OrganisationRef(o.id(), o.name());
    }
}
