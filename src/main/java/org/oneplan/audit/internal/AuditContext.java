package org.oneplan.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting and from where, read from the current request and security context. */
@Component
class AuditContext {

    private static final String[] ROLE_ORDER = {"SYSTEM_ADMIN", "MANAGER", "AUTHORISER", "COORDINATOR",
        "ADMINISTRATOR", "SUPPORTER", "PERSON"};

    String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    String actorRole() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return null;
        }
        for (String role : ROLE_ORDER) {
            for (GrantedAuthority authority : auth.getAuthorities()) {
                if (("ROLE_" + role).equals(authority.getAuthority())) {
                    return role;
                }
            }
        }
        return null;
    }

    String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
