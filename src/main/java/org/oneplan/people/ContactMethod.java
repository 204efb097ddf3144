package org.oneplan.people;

/** How the person prefers to be contacted (Accessible Information Standard). */
public enum ContactMethod {
    EMAIL, LETTER, PHONE, TEXT
}
