package org.oneplan.access.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address; once either runs out, sign-in is refused
 * until the window refills. Buckets live in memory, so each instance throttles on its own.
 */
@Component
public class LoginThrottle {

    private final Map<String, Bucket> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final int perAccount;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(@Value("${oneplan.security.login-throttle.max-failures-per-account}") int perAccount,
                  @Value("${oneplan.security.login-throttle.max-failures-per-address}") int perAddress,
                  @Value("${oneplan.security.login-throttle.window}") Duration window) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
    }

    public boolean isBlocked(String username, String address) {
        return bucket(byAccount, key(username), perAccount).getAvailableTokens() <= 0
                || bucket(byAddress, address, perAddress).getAvailableTokens() <= 0;
    }

    public void failed(String username, String address) {
        bucket(byAccount, key(username), perAccount).tryConsume(1);
        bucket(byAddress, address, perAddress).tryConsume(1);
    }

    public void succeeded(String username) {
        byAccount.remove(key(username));
    }

    public Duration window() {
        return window;
    }

    private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        return buckets.computeIfAbsent(key == null ? "" : key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build());
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
