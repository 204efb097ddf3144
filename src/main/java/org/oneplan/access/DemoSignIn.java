package org.oneplan.access;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of start-up work signed in as a demo account, so demo data goes through the same services, access
 * checks and audit as a person at a keyboard. Outside demo mode the accounts do not exist and nothing runs.
 */
@Component
public class DemoSignIn {

    private final UserDetailsService accounts;

    DemoSignIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    /** Whether the demo account exists (demo accounts are created in demo mode only). */
    public boolean exists(String username) {
        try {
            return accounts.loadUserByUsername(username) != null;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    /** Runs work as username and answers true, or answers false without running it when there is no such account. */
    public boolean as(String username, Runnable work) {
        if (!exists(username)) {
            return false;
        }
        as(username, () -> {
            work.run();
            return null;
        });
        return true;
    }

    /** What work answers, run as username, who must exist. */
    public <T> T as(String username, Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
