package org.oneplan.people;

/** The circles of support, from the people closest to the person outwards. */
public enum Circle {
    INTIMACY, FRIENDSHIP, PARTICIPATION, EXCHANGE
}
