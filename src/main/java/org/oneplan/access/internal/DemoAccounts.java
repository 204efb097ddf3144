package org.oneplan.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's organisations, teams and accounts, each with the public password {@value #PASSWORD} and the
 * API token {@code demo-<username>-token}. Runs only in the {@code demo} profile, once (it skips if
 * {@code admin} exists), and refuses PostgreSQL unless {@code oneplan.demo.allow-on-postgresql} is set.
 * The people module links {@code person} and {@code supporter} to a person record afterwards (order 20).
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "oneplan-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final OrganisationRepository organisations;
    private final TeamRepository teams;
    private final UserAccountRepository users;
    private final ApiTokenRepository tokens;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String datasourceUrl;
    private final boolean allowOnPostgresql;

    DemoAccounts(OrganisationRepository organisations, TeamRepository teams, UserAccountRepository users,
                 ApiTokenRepository tokens, PasswordEncoder encoder, TransactionTemplate transactions, Clock clock,
                 @Value("${spring.datasource.url:}") String datasourceUrl,
                 @Value("${oneplan.demo.allow-on-postgresql:false}") boolean allowOnPostgresql) {
        this.organisations = organisations;
        this.teams = teams;
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.transactions = transactions;
        this.clock = clock;
        this.datasourceUrl = datasourceUrl;
        this.allowOnPostgresql = allowOnPostgresql;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (datasourceUrl.startsWith("jdbc:postgresql:") && !allowOnPostgresql) {
            throw new IllegalStateException("Refusing to create demo accounts on PostgreSQL: their passwords and "
                    + "API tokens are public. Run the demo on the built-in H2 database, or set "
                    + "oneplan.demo.allow-on-postgresql=true if this database holds nothing real.");
        }
        if (Boolean.TRUE.equals(transactions.execute(status -> createUnlessPresent()))) {
            log.warn("Demo accounts created: sign in as admin, coordinator, coordinator2, administrator, authoriser, "
                    + "manager, person or supporter with the password '{}'. Never use the demo profile for real data.",
                    PASSWORD);
        }
    }

    /** Creates the demo's organisations, teams and accounts; false if they exist already. */
    boolean createUnlessPresent() {
        if (users.findByUsername("admin").isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        Organisation council = organisation("Demo Council", Organisation.Kind.COUNCIL, now);
        Organisation trust = organisation("North Locality NHS Trust", Organisation.Kind.NHS_TRUST, now);
        UUID north = team(council, "North Locality Team", Set.of(trust.id()), now);
        UUID south = team(council, "South Locality Team", Set.of(), now);
        user("admin", "Alex Morgan", Set.of(), now, Role.SYSTEM_ADMIN);
        user("coordinator", "Priya Shah", Set.of(north), now, Role.COORDINATOR);
        user("coordinator2", "Tom Okafor", Set.of(south), now, Role.COORDINATOR);
        user("administrator", "Grace Bennett", Set.of(north), now, Role.ADMINISTRATOR);
        user("authoriser", "David Clarke", Set.of(north, south), now, Role.AUTHORISER);
        user("manager", "Helen Hughes", Set.of(north, south), now, Role.MANAGER);
        user("person", "Margaret Wilson", Set.of(), now, Role.PERSON);
        user("supporter", "James Wilson", Set.of(), now, Role.SUPPORTER);
        return true;
    }

    private Organisation organisation(String name, Organisation.Kind kind, Instant now) {
        return organisations.findByName(name).orElseGet(() -> organisations.save(new Organisation(name, kind, now)));
    }

    private UUID team(Organisation organisation, String name, Set<UUID> partners, Instant now) {
        Team team = new Team(organisation.id(), name, now);
        team.describe(organisation.id(), name, partners);
        return teams.save(team).id();
    }

    private void user(String username, String displayName, Set<UUID> teamIds, Instant now, Role... roles) {
        UserAccount account = new UserAccount(username, displayName, username + "@demo.oneplan.invalid",
                encoder.encode(PASSWORD), now);
        account.assign(new HashSet<>(Arrays.asList(roles)), teamIds);
        users.save(account);
        String token = "demo-" + username + "-token";
        tokens.save(new ApiToken(account.id(), "Demo token", TokenHashing.hash(token), now,
                now.plus(Duration.ofDays(3650))));
    }
}
