package org.oneplan.planning;

/** How informal check-ins between formal reviews happen. */
public enum CheckIn {
    TEXT, CALL, EMAIL, VISIT
}
