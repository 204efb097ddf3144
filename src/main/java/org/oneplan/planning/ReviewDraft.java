package org.oneplan.planning;

import java.time.LocalDate;
import java.util.Set;

/** Review arrangements as written: informal check-ins, where and how often, and the next formal review. */
public record ReviewDraft(Set<CheckIn> checkIns, String checkInDetail, String whereAndHowOften, LocalDate nextReview) {
}
