package org.oneplan.planning;

/** Who will do an action. Everyone but the person is named with it. */
public enum ActionOwner {
    THE_PERSON, SUPPORTER, PRACTITIONER, ORGANISATION;

    public boolean needsName() {
        return this != THE_PERSON;
    }
}
