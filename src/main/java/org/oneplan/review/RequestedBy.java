package org.oneplan.review;

/** Who asked for a review: the person, a carer or family member, or a provider of their support. */
public enum RequestedBy {
    PERSON, FAMILY_OR_CARER, PROVIDER;

    /** Everyone but the person is named with the request. */
    public boolean needsName() {
        return this != PERSON;
    }
}
