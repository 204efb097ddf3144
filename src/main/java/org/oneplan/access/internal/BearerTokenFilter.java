package org.oneplan.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates JSON API calls from {@code Authorization: Bearer <token>}; a session cookie is never read here. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BearerTokenFilter(ApiTokenRepository tokens, UserAccountRepository users, TransactionTemplate transactions,
                      Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            authenticate(header.substring(7).trim()).ifPresent(principal -> {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities()));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }

    private Optional<AccountPrincipal> authenticate(String token) {
        if (token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        return transactions.execute(status -> tokens.findByTokenHash(TokenHashing.hash(token))
                .filter(t -> t.usableAt(clock.instant()))
                .flatMap(t -> {
                    t.usedAt(clock.instant());
                    return users.findById(t.userId());
                })
                .filter(UserAccount::active)
                .map(AccountUserDetailsService::principalFor));
    }
}
