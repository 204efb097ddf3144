package org.oneplan.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lasted longer than the absolute timeout (inactivity is Spring Session's
 * {@code spring.session.timeout}), and keeps a user with a temporary password on the change-password page.
 */
@Component
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "oneplan.signed-in-at";
    static final String CHANGE_PASSWORD = "/account/password";

    private final Duration absoluteTimeout;
    private final Clock clock;

    SessionLifetimeFilter(@Value("${oneplan.security.session.absolute-timeout}") Duration absoluteTimeout, Clock clock) {
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt
                && clock.millis() - signedInAt > absoluteTimeout.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/sign-in?expired");
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        // The path within the application; getServletPath() is empty when the dispatcher is not mapped to "/".
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.mustChangePassword()
                && !path.equals(CHANGE_PASSWORD) && !path.equals("/sign-out") && !isStatic(path)) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/assets/") || path.equals("/error");
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return true;
    }
}
