package org.oneplan.review;

/** How far an outcome of the plan has come by the review. An achieved or unwanted outcome leaves the plan. */
public enum Progress {
    ACHIEVED, PARTLY, NOT_YET, NO_LONGER_WANTED;

    public boolean closes() {
        return this == ACHIEVED || this == NO_LONGER_WANTED;
    }
}
