package org.oneplan.review;

/** Why a review happens: it was due (planned), something changed suddenly (unplanned), or someone asked. */
public enum ReviewType {
    PLANNED, UNPLANNED, REQUESTED
}
