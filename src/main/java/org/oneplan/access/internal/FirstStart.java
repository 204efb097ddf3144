package org.oneplan.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.Role;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating the first system administrator on a new installation, through a one-off link that is
 * printed to the log and works only while there are no accounts at all.
 */
@Service
@Transactional
public class FirstStart {

    public static final Duration LINK_LIFETIME = Duration.ofHours(24);

    private final SetupTokenRepository tokens;
    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    FirstStart(SetupTokenRepository tokens, UserAccountRepository users, PasswordEncoder encoder, AuditTrail audit,
               Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new setup token (to put in the link) if nobody has an account yet. */
    public Optional<String> issueTokenIfNoAccounts() {
        if (users.count() > 0) {
            return Optional.empty();
        }
        String token = TokenHashing.newToken("");
        Instant now = clock.instant();
        tokens.save(new SetupToken(TokenHashing.hash(token), now, now.plus(LINK_LIFETIME)));
        return Optional.of(token);
    }

    @Transactional(readOnly = true)
    public boolean isOpen(String token) {
        return token != null && !token.isBlank() && token.length() <= 100 && users.count() == 0
                && tokens.findByTokenHash(TokenHashing.hash(token)).filter(t -> t.usableAt(clock.instant())).isPresent();
    }

    /** Creates the system administrator and uses up the token; refuses if setup is no longer open. */
    public UUID createSystemAdministrator(String token, NewAdministrator details) {
        Instant now = clock.instant();
        SetupToken setup = (token == null || token.length() > 100 ? Optional.<SetupToken>empty()
                : tokens.lockByTokenHash(TokenHashing.hash(token)))
                .filter(t -> t.usableAt(now))
                .orElseThrow(SetupClosedException::new);
        if (users.count() > 0) {
            throw new SetupClosedException();
        }
        UserAccount admin = new UserAccount(details.username(), details.displayName(), details.email(),
                encoder.encode(details.password()), now);
        admin.assign(Set.of(Role.SYSTEM_ADMIN), Set.of());
        users.save(admin);
        setup.use(now);
        audit.recordAs(admin.username(), Role.SYSTEM_ADMIN.name(), AuditAction.SETUP_COMPLETED, "UserAccount",
                admin.id(), "first system administrator created");
        return admin.id();
    }

    public record NewAdministrator(String displayName, String username, String email, String password) {
    }

    /** The link has expired or been used, or an account already exists. */
    public static class SetupClosedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SetupClosedException() {
            super("Setup is closed");
        }
    }
}
