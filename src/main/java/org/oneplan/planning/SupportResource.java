package org.oneplan.planning;

/**
 * The resources an option draws on, "from the person out", in the order they are considered: what the person
 * can do themselves (self-care, health coaching, assistive technology), then family and friends, community,
 * universal services, specialist health and social care, and last the personal budget.
 */
public enum SupportResource {
    THE_PERSON, FAMILY_AND_FRIENDS, COMMUNITY, UNIVERSAL_SERVICES, SPECIALIST_SERVICES, PERSONAL_BUDGET
}
