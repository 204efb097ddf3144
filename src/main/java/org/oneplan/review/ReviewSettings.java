package org.oneplan.review;

import java.util.UUID;

/**
 * What each organisation decides about reviews: whether a new plan has a first review 6 to 8 weeks after it is first
 * agreed, and how many working days the team has to answer a request for a review. An organisation that has decided
 * nothing has no first review rule and {@value #DEFAULT_RESPONSE_DAYS} working days.
 */
public interface ReviewSettings {

    int DEFAULT_RESPONSE_DAYS = 10;
    int LONGEST_RESPONSE_DAYS = 60;

    Settings of(UUID organisationId);

    /** Changes an organisation's settings; {@code expectedVersion} is null when the writer saw the defaults. */
    Settings change(UUID organisationId, boolean firstReview, int responseDays, Long expectedVersion);

    /** @param version null while the organisation uses the defaults */
    record Settings(UUID organisationId, boolean firstReview, int responseDays, Long version) {
    }
}
