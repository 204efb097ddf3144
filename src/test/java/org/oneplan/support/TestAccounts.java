package org.oneplan.support;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.Role;
import org.oneplan.access.internal.AccountPrincipal;
import org.oneplan.access.internal.ApiToken;
import org.oneplan.access.internal.ApiTokenRepository;
import org.oneplan.access.internal.TokenHashing;
import org.oneplan.access.internal.Organisation;
import org.oneplan.access.internal.OrganisationRepository;
import org.oneplan.access.internal.Team;
import org.oneplan.access.internal.TeamRepository;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.access.internal.UserAccountRepository;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates real organisations, teams and accounts for tests, with unique names so tests sharing one
 * in-memory database never collide. Use {@code .with(user(accounts.principal(account)))} in MockMvc.
 */
@Transactional
public class TestAccounts {

    /** The password every test account gets. */
    public static final String PASSWORD = "correct horse battery staple 42";

    private final OrganisationRepository organisations;
    private final TeamRepository teams;
    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final ApiTokenRepository tokens;
    private String cachedHash;

    public TestAccounts(OrganisationRepository organisations, TeamRepository teams, UserAccountRepository users,
                        PasswordEncoder encoder, ApiTokenRepository tokens) {
        this.tokens = tokens;
        this.organisations = organisations;
        this.teams = teams;
        this.users = users;
        this.encoder = encoder;
    }

    public Team newTeam(String name) {
        Organisation org = organisations.save(new Organisation("Org " + unique(), Organisation.Kind.COUNCIL, Instant.now()));
        return teams.save(new Team(org.id(), name + " " + unique(), Instant.now()));
    }

    /** Another team in the same organisation as the given one. */
    public Team newTeamBeside(UUID teamId, String name) {
        return teams.save(new Team(teams.findById(teamId).orElseThrow().organisationId(), name + " " + unique(),
                Instant.now()));
    }

    /** A new active account with the given roles in the given teams (none for PERSON/SUPPORTER/SYSTEM_ADMIN). */
    public UserAccount newUser(Set<UUID> teamIds, Role... roles) {
        String username = roles[0].name().toLowerCase() + "-" + unique();
        if (cachedHash == null) {
            cachedHash = encoder.encode(PASSWORD);
        }
        UserAccount account = new UserAccount(username, "Test " + username, username + "@example.org", cachedHash,
                Instant.now());
        account.assign(new HashSet<>(Arrays.asList(roles)), teamIds);
        return users.save(account);
    }

    public UserAccount linkToPerson(UserAccount account, UUID personId) {
        UserAccount reloaded = users.findById(account.id()).orElseThrow();
        reloaded.linkToPerson(personId);
        return users.save(reloaded);
    }

    /** A new API token for the account; the returned value goes in "Authorization: Bearer ...". */
    public String newApiToken(UserAccount account) {
        String token = TokenHashing.newToken("test-");
        tokens.save(new ApiToken(account.id(), "test", TokenHashing.hash(token), Instant.now(),
                Instant.now().plus(java.time.Duration.ofDays(1))));
        return token;
    }

    public AccountPrincipal principal(UserAccount account) {
        return new AccountPrincipal(account.id(), account.username(), account.passwordHash(), account.active(),
                account.mustChangePassword(),
                account.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Put {@code @Import(TestAccounts.Config.class)} on a test class to inject {@link TestAccounts}. */
    @Import(TestAccounts.class)
    public static class Config {
    }
}
