package org.oneplan.review;

/** Where a review is: arranged for a day, being held and written up, or completed (after which it never changes). */
public enum ReviewStatus {
    SCHEDULED, IN_PROGRESS, COMPLETED
}
