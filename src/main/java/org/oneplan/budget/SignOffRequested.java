package org.oneplan.budget;

import java.time.Instant;
import java.util.UUID;

/** A plan was sent for sign-off, for the first time or again after a return. */
public record SignOffRequested(UUID signOffId, UUID personId, UUID planId, Instant at, boolean again) {
}
