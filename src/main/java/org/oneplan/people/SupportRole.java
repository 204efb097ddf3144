package org.oneplan.people;

/** Roles a member of the circle of support can hold; a member can hold several. */
public enum SupportRole {
    FAMILY_CARER, PEER_SUPPORTER, VOLUNTEER, ADVOCATE, NOMINATED_PERSON, LASTING_POWER_OF_ATTORNEY
}
