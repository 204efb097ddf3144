package org.oneplan.access.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A system administrator's work on teams: create, change organisation and partners, deactivate. Never delete. */
@Service
@Transactional
public class TeamAdmin {

    static final String RECORD_TYPE = "Team";

    private final TeamRepository teams;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final Clock clock;

    TeamAdmin(TeamRepository teams, OrganisationRepository organisations, AuditTrail audit, Clock clock) {
        this.teams = teams;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Summary> all() {
        Map<UUID, String> names = organisations.findAll().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        return teams.findAllOrdered().stream().map(t -> Summary.of(t, names)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Summary> find(UUID id) {
        return teams.findById(id).map(t -> Summary.of(t, organisations.findAll().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name))));
    }

    public UUID create(UUID organisationId, String name, Set<UUID> partners) {
        requireOrganisations(organisationId, partners);
        Team team = new Team(organisationId, name, clock.instant());
        team.describe(organisationId, name, partners);
        teams.save(team);
        audit.record(AuditAction.CREATED, RECORD_TYPE, team.id(), team.name());
        return team.id();
    }

    public void update(UUID id, long version, UUID organisationId, String name, Set<UUID> partners) {
        Team team = load(id);
        StaleEditException.check(team.version(), version);
        requireOrganisations(organisationId, partners);
        team.describe(organisationId, name, partners);
        teams.flush();
        audit.record(AuditAction.UPDATED, RECORD_TYPE, id, team.name() + "; partners: " + partners.size());
    }

    public void deactivate(UUID id) {
        load(id).deactivate();
        audit.record(AuditAction.DEACTIVATED, RECORD_TYPE, id, null);
    }

    public void reactivate(UUID id) {
        load(id).reactivate();
        audit.record(AuditAction.UPDATED, RECORD_TYPE, id, "reactivated");
    }

    private void requireOrganisations(UUID organisationId, Set<UUID> partners) {
        if (organisationId == null || !organisations.existsById(organisationId)) {
            throw new ChangeRefusedException("organisationId", "admin.team.organisation.required");
        }
        if (organisations.findAllById(partners).size() != partners.size()) {
            throw new ChangeRefusedException("partnerIds", "admin.team.partners.unknown");
        }
    }

    private Team load(UUID id) {
        return teams.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
    }

    /** A team with its organisation's and partners' names, partners in alphabetical order. */
    public record Summary(UUID id, String name, UUID organisationId, String organisationName,
                          Set<UUID> partnerIds, List<String> partnerNames, boolean active, long version) {
        static Summary of(Team t, Map<UUID, String> organisationNames) {
            Function<UUID, String> name = id -> organisationNames.getOrDefault(id, "");
            return new Summary(t.id(), t.name(), t.organisationId(), name.apply(t.organisationId()),
                    t.partnerOrganisationIds(), t.partnerOrganisationIds().stream().map(name)
                    .sorted(Comparator.naturalOrder()).toList(), t.active(), t.version());
        }
    }
}
