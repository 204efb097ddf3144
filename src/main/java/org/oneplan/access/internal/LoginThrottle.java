package org.oneplan.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.oneplan.access.internal.SignInFailure.Kind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per account and per address; once either reaches its limit within the window,
 * sign-in is refused until enough failures are older than the window. Failures are kept in the database,
 * so every instance sees the same count. Accounts and addresses are stored only as SHA-256 hashes.
 */
@Component
public class LoginThrottle {

    private final SignInFailureRepository failures;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(SignInFailureRepository failures, PlatformTransactionManager transactions, Clock clock,
                  @Value("${oneplan.security.login-throttle.max-failures-per-account}") int perAccount,
                  @Value("${oneplan.security.login-throttle.max-failures-per-address}") int perAddress,
                  @Value("${oneplan.security.login-throttle.window}") Duration window) {
        this.failures = failures;
        // Failures are written whatever becomes of the caller's transaction, if there is one.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    public boolean isBlocked(String username, String address) {
        Instant since = clock.instant().minus(window);
        return failures.countSince(Kind.ACCOUNT, accountKey(username), since) >= perAccount
                || failures.countSince(Kind.ADDRESS, addressKey(address), since) >= perAddress;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        ownTransaction.executeWithoutResult(status -> failures.saveAll(List.of(
                new SignInFailure(Kind.ACCOUNT, accountKey(username), now),
                new SignInFailure(Kind.ADDRESS, addressKey(address), now))));
    }

    /** Clears the account's failures; the address's still count, so one good password does not reset a guesser. */
    public void succeeded(String username) {
        ownTransaction.executeWithoutResult(status -> failures.deleteByKey(Kind.ACCOUNT, accountKey(username)));
    }

    /** Deletes failures older than the window, which no longer count; returns how many. */
    int forgetExpired() {
        Instant cutoff = clock.instant().minus(window);
        Integer deleted = ownTransaction.execute(status -> failures.deleteUpTo(cutoff));
        return deleted == null ? 0 : deleted;
    }

    public Duration window() {
        return window;
    }

    private static String accountKey(String username) {
        return TokenHashing.hash(username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return TokenHashing.hash(address == null ? "" : address);
    }
}
