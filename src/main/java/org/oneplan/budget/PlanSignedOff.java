package org.oneplan.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A plan was signed off and became agreed version {@code versionNumber}; its budget is active from the date given. */
public record PlanSignedOff(UUID signOffId, UUID personId, int versionNumber, Instant at, LocalDate budgetActiveFrom) {
}
