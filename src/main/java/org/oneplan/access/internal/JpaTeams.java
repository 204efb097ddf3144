package org.oneplan.access.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.access.Teams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaTeams implements Teams {

    private final TeamRepository teams;
    private final OrganisationRepository organisations;
    private final UserAccountRepository users;

    JpaTeams(TeamRepository teams, OrganisationRepository organisations, UserAccountRepository users) {
        this.teams = teams;
        this.organisations = organisations;
        this.users = users;
    }

    @Override
    public List<TeamSummary> active() {
        return summarise(teams.findActive());
    }

    @Override
    public Optional<TeamSummary> find(UUID teamId) {
        return teams.findById(teamId).map(t -> summarise(List.of(t)).get(0));
    }

    @Override
    public List<TeamSummary> findAll(Collection<UUID> teamIds) {
        return summarise(teams.findAllById(teamIds));
    }

    @Override
    public List<StaffMember> staffIn(Collection<UUID> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return users.findActiveInTeams(teamIds).stream()
                .filter(u -> u.roles().stream().anyMatch(org.oneplan.access.Role::isCaseworker))
                .map(u -> new StaffMember(u.id(), u.displayName()))
                .toList();
    }

    private List<TeamSummary> summarise(List<Team> list) {
        Map<UUID, Organisation> orgs = organisations.findAllById(list.stream().map(Team::organisationId).toList())
                .stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        return list.stream()
                .map(t -> new TeamSummary(t.id(), t.name(), t.organisationId(),
                        Optional.ofNullable(orgs.get(t.organisationId())).map(Organisation::name).orElse("")))
                .sorted(java.util.Comparator.comparing(TeamSummary::name))
                .toList();
    }
}
