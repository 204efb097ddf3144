package org.oneplan.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.support.MutableClock;
import org.oneplan.support.OnePlanSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two instances of the application, each with its own throttle, over one database. */
@OnePlanSpringBootTest
class SharedLoginThrottleTests {

    static final int PER_ACCOUNT = 3;
    static final int PER_ADDRESS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Random RANDOM = new Random();

    @Autowired
    SignInFailureRepository failures;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    // Near the real time, so that the application's own scheduled cleanup never removes a test's rows.
    final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    final String username = "user-" + UUID.randomUUID();
    final String address = randomAddress();
    final String otherAddress = randomAddress();
    LoginThrottle first;
    LoginThrottle second;

    @BeforeEach
    void twoInstances() {
        first = new LoginThrottle(failures, transactions, clock, PER_ACCOUNT, PER_ADDRESS, WINDOW);
        second = new LoginThrottle(failures, transactions, clock, PER_ACCOUNT, PER_ADDRESS, WINDOW);
    }

    @Test
    void failuresOnOneInstanceCountOnTheOtherForTheSameAccountWhateverTheCase() {
        first.failed(username, address);
        second.failed(" " + username.toUpperCase() + " ", otherAddress);
        assertThat(second.isBlocked(username, otherAddress)).isFalse();

        first.failed(username, otherAddress);

        assertThat(second.isBlocked(username, otherAddress)).as("blocked from any address").isTrue();
        assertThat(first.isBlocked(username.toUpperCase(), otherAddress)).isTrue();
    }

    @Test
    void anAddressFailingOnBothInstancesIsBlockedForEveryAccountOnBoth() {
        for (int i = 0; i < PER_ADDRESS; i++) {
            (i % 2 == 0 ? first : second).failed("guess-" + UUID.randomUUID(), address);
        }
        assertThat(first.isBlocked(username, address)).isTrue();
        assertThat(second.isBlocked(username, address)).isTrue();
        assertThat(second.isBlocked(username, otherAddress)).as("the account itself never failed").isFalse();
    }

    @Test
    void failuresStopCountingOnceTheyAreOlderThanTheWindow() {
        first.failed(username, address);
        clock.advance(Duration.ofMinutes(5));
        second.failed(username, address);
        first.failed(username, address);
        clock.advance(WINDOW.minusMinutes(5).minusSeconds(1));
        assertThat(second.isBlocked(username, address)).as("all three failures within the window").isTrue();

        clock.advance(Duration.ofSeconds(1));

        assertThat(second.isBlocked(username, address)).as("the first failure has aged out").isFalse();
    }

    @Test
    void signingInClearsTheAccountsFailuresButNotTheAddresss() {
        for (int i = 0; i < PER_ACCOUNT; i++) {
            first.failed(username, address);
        }
        second.succeeded(username);
        assertThat(first.isBlocked(username, otherAddress)).isFalse();

        second.failed("guess-" + UUID.randomUUID(), address);
        assertThat(first.isBlocked(username, address)).as("4 failures from the address").isFalse();
        second.failed("guess-" + UUID.randomUUID(), address);

        assertThat(first.isBlocked(username, address)).as("the address's earlier failures still count").isTrue();
    }

    @Test
    void failuresAreKeptWhenTheSignInTransactionRollsBack() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < PER_ACCOUNT; i++) {
                first.failed(username, address);
            }
            status.setRollbackOnly();
        });
        assertThat(second.isBlocked(username, otherAddress)).isTrue();
    }

    @Test
    void theDatabaseHoldsNoUsernameOrAddressInClear() {
        String typed = "  Jo.Bloggs-" + UUID.randomUUID() + "@Example.org ";
        first.failed(typed, address);

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select * from sign_in_failure where key_hash in (?, ?)",
                TokenHashing.hash(typed.trim().toLowerCase()), TokenHashing.hash(address));

        assertThat(rows).extracting(row -> row.get("kind")).containsExactlyInAnyOrder("ACCOUNT", "ADDRESS");
        String everything = jdbc.queryForList("select * from sign_in_failure").toString().toLowerCase();
        assertThat(everything).doesNotContain(typed.trim().toLowerCase()).doesNotContain(address);
    }

    @Test
    void cleaningUpDeletesOnlyFailuresOlderThanTheWindow() {
        first.failed(username, address);
        clock.advance(Duration.ofMinutes(10));
        second.failed(username, address);
        clock.advance(Duration.ofMinutes(6));

        assertThat(second.forgetExpired()).isGreaterThanOrEqualTo(2);

        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where key_hash in (?, ?)", Long.class,
                TokenHashing.hash(username), TokenHashing.hash(address))).as("the newer failure's two rows").isEqualTo(2);
    }

    private static String randomAddress() {
        return String.format("2001:db8:%x:%x::1", RANDOM.nextInt(0x10000), RANDOM.nextInt(0x10000));
    }
}
