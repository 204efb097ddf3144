package org.oneplan.audit;

/** What happened, in words the audit pages translate through the message bundle. */
public enum AuditAction {
    VIEWED, SEARCHED, CREATED, UPDATED, DEACTIVATED, DELETED, EXPORTED,
    SIGNED_IN, SIGN_IN_FAILED, SIGN_IN_THROTTLED, SIGNED_OUT, PASSWORD_CHANGED, PASSWORD_RESET,
    TOKEN_CREATED, TOKEN_REVOKED, REFUSED, SETUP_COMPLETED
}
