package org.oneplan.planning;

/**
 * Where an action's support comes from, "from the person out": what the person does themselves first, then
 * family and friends, the community, universal services, and only then specialist services or the personal
 * budget. Declared in that order, which is the order the plan shows them in.
 */
public enum ActionLayer {
    SELF_CARE, FAMILY_AND_FRIENDS, COMMUNITY, UNIVERSAL_SERVICE, SPECIALIST_SERVICE, PERSONAL_BUDGET;

    /** Its plain label in {@code planning-actions.properties}. */
    public String messageKey() {
        return "next.layer." + name();
    }
}
