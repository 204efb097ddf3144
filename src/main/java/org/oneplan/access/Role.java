package org.oneplan.access;

/** What a user account may do. A user can hold several roles. */
public enum Role {
    PERSON, SUPPORTER, COORDINATOR, ADMINISTRATOR, AUTHORISER, MANAGER, SYSTEM_ADMIN;

    /** Roles held by practitioners who work with a team's caseload. */
    public boolean isCaseworker() {
        return this == COORDINATOR || this == ADMINISTRATOR || this == AUTHORISER || this == MANAGER;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
