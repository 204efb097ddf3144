package org.oneplan.access.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.oneplan.access.Role;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
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

    AccountSettings(UserAccountRepository users, TeamRepository teams, PasswordEncoder encoder, AuditTrail audit,
                    Clock clock) {
        this.users = users;
        this.teams = teams;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Profile profile(UUID userId) {
        UserAccount account = load(userId);
        List<String> teamNames = teams.findAllById(account.teamIds()).stream().map(Team::name).sorted().toList();
        return new Profile(account.displayName(), account.username(), account.email(), account.roles().stream().sorted(Comparator.reverseOrder()).toList(),
                teamNames);
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

    /** Roles are listed most senior first. */
    public record Profile(String displayName, String username, String email, List<Role> roles, List<String> teams) {
    }
}
