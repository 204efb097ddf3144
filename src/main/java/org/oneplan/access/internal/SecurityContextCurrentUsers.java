package org.oneplan.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Loads the signed-in account from the database once per request. */
@Service
class SecurityContextCurrentUsers implements CurrentUsers {

    private static final String CACHE = SecurityContextCurrentUsers.class.getName();

    private final UserAccountRepository users;

    SecurityContextCurrentUsers(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.empty();
        }
        HttpServletRequest request = currentRequest();
        if (request != null && request.getAttribute(CACHE) instanceof CurrentUser cached
                && cached.id().equals(principal.userId())) {
            return Optional.of(cached);
        }
        Optional<CurrentUser> loaded = users.findById(principal.userId()).filter(UserAccount::active)
                .map(u -> new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.teamIds(), u.personId()));
        if (request != null) {
            loaded.ifPresent(u -> request.setAttribute(CACHE, u));
        }
        return loaded;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }
}
