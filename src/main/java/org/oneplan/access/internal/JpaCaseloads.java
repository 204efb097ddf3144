package org.oneplan.access.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.access.Caseloads;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaCaseloads implements Caseloads {

    private final CaseloadRepository caseloads;
    private final TeamRepository teams;
    private final Clock clock;

    JpaCaseloads(CaseloadRepository caseloads, TeamRepository teams, Clock clock) {
        this.caseloads = caseloads;
        this.teams = teams;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isOnCaseloadOfAny(UUID personId, Collection<UUID> teamIds) {
        return !teamIds.isEmpty() && caseloads.existsForAnyTeam(personId, teamIds);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> teamsHolding(UUID personId) {
        return caseloads.findByPersonId(personId).stream().map(CaseloadEntry::teamId).collect(Collectors.toSet());
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> peopleOn(Collection<UUID> teamIds) {
        return teamIds.isEmpty() ? Set.of() : Set.copyOf(caseloads.personIdsOn(teamIds));
    }

    @Override
    public void add(UUID personId, UUID teamId) {
        if (!teams.existsById(teamId)) {
            throw new IllegalArgumentException("No such team");
        }
        CaseloadEntry.Key key = new CaseloadEntry.Key(personId, teamId);
        if (!caseloads.existsById(key)) {
            caseloads.save(new CaseloadEntry(personId, teamId, clock.instant()));
        }
    }

    @Override
    public void remove(UUID personId, UUID teamId) {
        caseloads.deleteById(new CaseloadEntry.Key(personId, teamId));
    }
}
