package org.oneplan.review;

/** Whose view a statement of what is working or not working is: the person's, their family's, staff's or others'. */
public enum Perspective {
    PERSON, FAMILY, STAFF, OTHER;

    /** Everyone but the person is named with their words. */
    public boolean needsName() {
        return this != PERSON;
    }
}
