package org.oneplan.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Advice or information given to prevent or delay needs, as the caller may see it. */
public record AdviceView(UUID id, String what, String givenBy, LocalDate givenOn, AdviceFormat format,
                         String writtenBy, Instant writtenAt, long version) {
}
