package org.oneplan.review;

import java.time.LocalDate;
import java.util.UUID;

/** A review in a list: its type, where it is, the day it is or was held and, when done, the day it was completed. */
public record ReviewSummary(UUID id, ReviewType type, ReviewStatus status, LocalDate reviewOn, LocalDate completedOn,
                           String whatHappened, UUID requestId, long version) {
}
