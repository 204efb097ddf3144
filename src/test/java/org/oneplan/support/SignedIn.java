package org.oneplan.support;

import java.util.function.Supplier;
import org.oneplan.access.internal.AccountPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls a service as a signed-in account, outside a request: {@code SignedIn.as(accounts.principal(a), () -> ...)}. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(AccountPrincipal principal, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
