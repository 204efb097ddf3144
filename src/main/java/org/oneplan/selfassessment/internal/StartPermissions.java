package org.oneplan.selfassessment.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.access.Teams;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.selfassessment.AssessmentRuleException;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may start a team's self-assessment: its managers, and the members a manager of the team has
 * given permission to. Only managers start an assessment of a whole organisation.
 */
@Service
@Transactional
public class StartPermissions {

    static final String RECORD_TYPE = "Team";

    private final StartPermissionRepository permissions;
    private final Teams teams;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    StartPermissions(StartPermissionRepository permissions, Teams teams, CurrentUsers users, AuditTrail audit,
                     Clock clock) {
        this.permissions = permissions;
        this.teams = teams;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's teams for which they may start an assessment. */
    @Transactional(readOnly = true)
    public Set<UUID> teamsICanStartFor() {
        CurrentUser user = users.require();
        if (user.has(Role.MANAGER)) {
            return user.teamIds();
        }
        if (!user.isCaseworker()) {
            return Set.of();
        }
        return permissions.teamsFor(user.id()).stream().filter(user.teamIds()::contains).collect(Collectors.toSet());
    }

    /** Members of the given teams who may start assessments, as team and user ids. */
    @Transactional(readOnly = true)
    public List<StartPermission> grantedIn(Collection<UUID> teamIds) {
        return teamIds.isEmpty() ? List.of() : permissions.findForTeams(teamIds);
    }

    /** Sets exactly who, besides its managers, may start the team's assessments. */
    public void allow(UUID teamId, Set<UUID> userIds) {
        CurrentUser user = users.require();
        if (!user.has(Role.MANAGER) || !user.teamIds().contains(teamId)) {
            throw new RecordNotFoundException(RECORD_TYPE);
        }
        Set<UUID> staff = teams.staffIn(List.of(teamId)).stream().map(Teams.StaffMember::userId)
                .collect(Collectors.toSet());
        if (!staff.containsAll(userIds)) {
            throw new AssessmentRuleException("userIds", "selfassessment.error.starters.notInTeam");
        }
        Set<UUID> existing = new HashSet<>();
        for (StartPermission p : permissions.findForTeams(List.of(teamId))) {
            existing.add(p.userId());
            if (!userIds.contains(p.userId())) {
                permissions.delete(p);
            }
        }
        userIds.stream().filter(id -> !existing.contains(id)).forEach(id ->
                permissions.save(new StartPermission(teamId, id, user.username(), Instant.now(clock))));
        audit.record(AuditAction.UPDATED, RECORD_TYPE, teamId,
                "Set who may start self-assessments (" + userIds.size() + " people)");
    }
}
