package org.oneplan.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own API tokens: list, create (the value is returned once, only its hash is kept) and revoke. */
@Service
@Transactional
public class ApiTokens {

    public static final int MAX_LIFETIME_DAYS = 365;
    static final String PREFIX = "oneplan_";
    static final ZoneId UK = ZoneId.of("Europe/London");

    private final ApiTokenRepository tokens;
    private final AuditTrail audit;
    private final Clock clock;
    private final int defaultLifetimeDays;

    ApiTokens(ApiTokenRepository tokens, AuditTrail audit, Clock clock,
              @Value("${oneplan.security.api-token.default-lifetime:90d}") Duration defaultLifetime) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
        this.defaultLifetimeDays = (int) Math.min(MAX_LIFETIME_DAYS, Math.max(1, defaultLifetime.toDays()));
    }

    public int defaultLifetimeDays() {
        return defaultLifetimeDays;
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> of(UUID userId) {
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream().map(t -> summary(t, now)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<TokenSummary> find(UUID userId, UUID tokenId) {
        return tokens.findById(tokenId).filter(t -> t.userId().equals(userId)).map(t -> summary(t, clock.instant()));
    }

    public NewToken create(UUID userId, String name, int lifetimeDays) {
        if (lifetimeDays < 1 || lifetimeDays > MAX_LIFETIME_DAYS) {
            throw new IllegalArgumentException("Token lifetime out of range");
        }
        String value = TokenHashing.newToken(PREFIX);
        Instant now = clock.instant();
        ApiToken token = tokens.save(new ApiToken(userId, name, TokenHashing.hash(value), now,
                now.plus(Duration.ofDays(lifetimeDays))));
        audit.record(AuditAction.TOKEN_CREATED, "ApiToken", token.id(), token.name());
        return new NewToken(summary(token, now), value);
    }

    /** Revokes one of the user's own tokens; false if they have no such token. */
    public boolean revoke(UUID userId, UUID tokenId) {
        Optional<ApiToken> token = tokens.findById(tokenId).filter(t -> t.userId().equals(userId));
        token.ifPresent(t -> {
            t.revoke(clock.instant());
            audit.record(AuditAction.TOKEN_REVOKED, "ApiToken", t.id(), t.name());
        });
        return token.isPresent();
    }

    private static TokenSummary summary(ApiToken t, Instant now) {
        return new TokenSummary(t.id(), t.name(), uk(t.createdAt()), uk(t.expiresAt()), uk(t.lastUsedAt()),
                uk(t.revokedAt()), t.usableAt(now));
    }

    private static ZonedDateTime uk(Instant instant) {
        return instant == null ? null : instant.atZone(UK);
    }

    /** Times are in UK time, for showing on pages. */
    public record TokenSummary(UUID id, String name, ZonedDateTime createdAt, ZonedDateTime expiresAt,
                               ZonedDateTime lastUsedAt, ZonedDateTime revokedAt, boolean usable) {
        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A token just created: {@code value} is shown once and never stored. */
    public record NewToken(TokenSummary token, String value) {
    }
}
