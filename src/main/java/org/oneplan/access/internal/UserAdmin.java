package org.oneplan.access.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.Role;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A system administrator's work on user accounts: create with a temporary password, change details,
 * roles and teams, deactivate and reactivate, reset a password. Accounts are never deleted.
 */
@Service
@Transactional
public class UserAdmin {

    static final String RECORD_TYPE = "UserAccount";

    private final UserAccountRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SignedInSessions sessions;
    private final AuditTrail audit;
    private final Clock clock;

    UserAdmin(UserAccountRepository users, TeamRepository teams, PasswordEncoder encoder, PasswordPolicy policy,
              SignedInSessions sessions, AuditTrail audit, Clock clock) {
        this.users = users;
        this.teams = teams;
        this.encoder = encoder;
        this.policy = policy;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Summary> search(String text, int page, int size) {
        return users.search(text == null ? "" : text.strip(), PageRequest.of(Math.max(0, page), size,
                Sort.by("displayName", "username"))).map(Summary::of);
    }

    @Transactional(readOnly = true)
    public Optional<Summary> find(UUID id) {
        return users.findById(id).map(Summary::of);
    }

    /** Creates the account; with no temporary password given, one is generated. Returns the password to pass on. */
    public Created create(Details details, String username, String temporaryPassword) {
        String password = temporaryPassword == null || temporaryPassword.isEmpty()
                ? TemporaryPasswords.generate() : temporaryPassword;
        if (!policy.accepts(password, username)) {
            throw new ChangeRefusedException("temporaryPassword", policy.problems(password, username).get(0));
        }
        if (users.findByUsername(username.strip()).isPresent()) {
            throw new ChangeRefusedException("username", "user.username.taken");
        }
        requireTeams(details);
        UserAccount account = new UserAccount(username, details.displayName(), details.email(), encoder.encode(password),
                clock.instant());
        account.resetPassword(account.passwordHash(), clock.instant());
        account.assign(details.roles(), details.teamIds());
        users.save(account);
        audit.record(AuditAction.CREATED, RECORD_TYPE, account.id(), account.username() + " " + account.roles());
        return new Created(account.id(), account.username(), password);
    }

    public void update(UUID id, long version, Details details, UUID actingUserId) {
        UserAccount account = load(id);
        StaleEditException.check(account.version(), version);
        if (id.equals(actingUserId) && !details.roles().contains(Role.SYSTEM_ADMIN)) {
            throw new ChangeRefusedException("roles", "admin.user.roles.keepOwnAdmin");
        }
        requireTeams(details);
        boolean rolesChanged = !account.roles().equals(details.roles());
        account.describe(details.displayName(), details.email());
        account.assign(details.roles(), details.teamIds());
        users.flush();
        audit.record(AuditAction.UPDATED, RECORD_TYPE, id, account.roles() + "; teams: " + account.teamIds().size());
        if (rolesChanged && !id.equals(actingUserId)) {
            sessions.endAllSessions(account.username());
        }
    }

    public void deactivate(UUID id, UUID actingUserId) {
        if (id.equals(actingUserId)) {
            throw new ChangeRefusedException(null, "admin.user.deactivate.self");
        }
        UserAccount account = load(id);
        account.deactivate();
        audit.record(AuditAction.DEACTIVATED, RECORD_TYPE, id, account.username());
        sessions.endAllSessions(account.username());
    }

    public void reactivate(UUID id) {
        UserAccount account = load(id);
        account.reactivate();
        audit.record(AuditAction.UPDATED, RECORD_TYPE, id, "reactivated");
    }

    /** Sets a new temporary password that must be changed at next sign-in, and signs the user out everywhere. */
    public Created resetPassword(UUID id) {
        UserAccount account = load(id);
        String password = TemporaryPasswords.generate();
        account.resetPassword(encoder.encode(password), clock.instant());
        audit.record(AuditAction.PASSWORD_RESET, RECORD_TYPE, id, account.username());
        sessions.endAllSessions(account.username());
        return new Created(id, account.username(), password);
    }

    private void requireTeams(Details details) {
        if (details.roles().isEmpty()) {
            throw new ChangeRefusedException("roles", "admin.user.roles.required");
        }
        if (details.roles().stream().anyMatch(Role::isCaseworker) && details.teamIds().isEmpty()) {
            throw new ChangeRefusedException("teamIds", "admin.user.teams.required");
        }
        if (teams.findAllById(details.teamIds()).size() != details.teamIds().size()) {
            throw new ChangeRefusedException("teamIds", "admin.user.teams.unknown");
        }
    }

    private UserAccount load(UUID id) {
        return users.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE));
    }

    public record Details(String displayName, String email, Set<Role> roles, Set<UUID> teamIds) {
    }

    /** The password to pass on to the user: shown once, never stored. */
    public record Created(UUID id, String username, String temporaryPassword) {
    }

    public record Summary(UUID id, String username, String displayName, String email, List<Role> roles,
                          Set<UUID> teamIds, boolean active, boolean mustChangePassword, long version) {
        static Summary of(UserAccount u) {
            return new Summary(u.id(), u.username(), u.displayName(), u.email(),
                    u.roles().stream().sorted(Comparator.reverseOrder()).toList(), u.teamIds(), u.active(),
                    u.mustChangePassword(), u.version());
        }
    }
}
