package org.oneplan.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** How the plan is kept under review, as saved: check-ins, where and how often, the next formal review date. */
public record ReviewArrangements(Set<CheckIn> checkIns, String checkInDetail, String whereAndHowOften,
                                 LocalDate nextReview, String writtenBy, Instant writtenAt, long version) {
}
