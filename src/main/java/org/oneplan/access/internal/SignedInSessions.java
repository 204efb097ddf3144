package org.oneplan.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** The sessions an account is signed in with: refresh this one after a change, end the others. */
@Component
public class SignedInSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    /** Puts a freshly loaded principal into this request's session, so a changed flag or role applies at once. */
    public void refresh(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        principal.eraseCredentials();
        UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities());
        refreshed.setDetails(previous == null ? null : previous.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
    }

    /**
     * Signs the user out everywhere except in this request's session. Returns how many sessions ended.
     * Call before {@link #refresh}: until the request ends, the store knows this session by its old id.
     */
    public int endOtherSessions(String username, HttpServletRequest request) {
        HttpSession current = request.getSession(false);
        return end(username, current == null ? null : current.getId());
    }

    /** Signs the user out everywhere, for example when their account is deactivated. */
    public int endAllSessions(String username) {
        return end(username, null);
    }

    private int end(String username, String keepId) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        int ended = 0;
        for (String id : repository.findByPrincipalName(username).keySet()) {
            if (!id.equals(keepId)) {
                repository.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
