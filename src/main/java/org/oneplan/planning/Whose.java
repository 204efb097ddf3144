package org.oneplan.planning;

/** Whose words an entry in the plan is: shown with it, so the person's own words read as theirs. */
public enum Whose {
    PERSON, SUPPORTER, PRACTITIONER
}
