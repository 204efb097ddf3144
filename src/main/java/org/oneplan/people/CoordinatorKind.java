package org.oneplan.people;

/** Who the person chose to coordinate their plan. */
public enum CoordinatorKind {
    STAFF, FAMILY_MEMBER, PEER_SUPPORTER, SELF;

    public boolean isStaff() {
        return this == STAFF;
    }
}
