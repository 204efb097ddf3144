package org.oneplan.access.internal;

import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes every sign-in, failed sign-in and sign-out to the audit trail. */
@Component
class SignInAuditor {

    private final AuditTrail audit;

    SignInAuditor(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            audit.recordAs(principal.getUsername(), null, AuditAction.SIGNED_IN, "USER", principal.userId(), null);
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        AuditAction action = event.getException() instanceof ThrottledAuthenticationProvider.LoginThrottledException
                ? AuditAction.SIGN_IN_THROTTLED : AuditAction.SIGN_IN_FAILED;
        audit.recordAs(String.valueOf(event.getAuthentication().getName()), null, action, "USER", null, null);
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null
                && event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            audit.recordAs(principal.getUsername(), null, AuditAction.SIGNED_OUT, "USER", principal.userId(), null);
        }
    }
}
