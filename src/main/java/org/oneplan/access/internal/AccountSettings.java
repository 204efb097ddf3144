package org.oneplan.access.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.RecordGrants;
import org.oneplan.access.Role;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What signed-in users do with their own account: see it and change their password. */
@Service
@Transactional
public class AccountSettings {

    private final UserAccountRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<RecordGrants> grants;

    AccountSettings(UserAccountRepository users, TeamRepository teams, PasswordEncoder encoder, AuditTrail audit,
                    Clock clock, ObjectProvider<RecordGrants> grants) {
        this.users = users;
        this.teams = teams;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.grants = grants;
    }

    @Transactional(readOnly = true)
    public Profile profile(UUID userId) {
        UserAccount account = load(userId);
        List<String> teamNames = teams.findAllById(account.teamIds()).stream().map(Team::name).sorted().toList();
        return new Profile(account.displayName(), account.username(), account.email(), account.roles().stream().sorted(Comparator.reverseOrder()).toList(),
                teamNames);
    }

    /**
     * Who the caller is, for the API: their teams, and the people whose records they may see as a person
     * (their own) or a supporter (those who shared theirs; none until the people module provides the grants).
     */
    @Transactional(readOnly = true)
    public Me me(UUID userId) {
        UserAccount account = load(userId);
        List<TeamRef> teamRefs = teams.findAllById(account.teamIds()).stream()
                .sorted(Comparator.comparing(Team::name)).map(t -> new TeamRef(t.id(), t.name())).toList();
        Set<UUID> personIds = new LinkedHashSet<>();
        if (account.roles().contains(Role.PERSON) && account.personId() != null) {
            personIds.add(account.personId());
        }
        if (account.roles().contains(Role.SUPPORTER)) {
            grants.ifAvailable(g -> personIds.addAll(g.personIdsSharedWith(userId)));
        }
        return new Me(account.username(), account.displayName(),
                account.roles().stream().sorted(Comparator.reverseOrder()).toList(), teamRefs, List.copyOf(personIds));
    }

    @Transactional(readOnly = true)
    public boolean isCurrentPassword(UUID userId, String password) {
        return password != null && encoder.matches(password, load(userId).passwordHash());
    }

    /** Sets the password the user chose (already checked against the policy) and returns their refreshed principal. */
    public AccountPrincipal changePassword(UUID userId, String newPassword) {
        UserAccount account = load(userId);
        account.changePassword(encoder.encode(newPassword), clock.instant());
        audit.record(AuditAction.PASSWORD_CHANGED, "UserAccount", account.id(), null);
        return AccountUserDetailsService.principalFor(account);
    }

    private UserAccount load(UUID userId) {
        return users.findById(userId).filter(UserAccount::active)
                .orElseThrow(() -> new IllegalStateException("No active account " + userId));
    }

    public record Me(String username, String displayName, List<Role> roles, List<TeamRef> teams, List<UUID> personIds) {
    }

    public record TeamRef(UUID id, String name) {
    }

    /** Roles are listed most senior first. */
    public record Profile(String displayName, String username, String email, List<Role> roles, List<String> teams) {
    }
}
