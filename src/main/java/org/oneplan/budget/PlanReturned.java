package org.oneplan.budget;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An authoriser returned a plan; {@code parts} names the parts the reasons are about (never their words). */
public record PlanReturned(UUID signOffId, UUID personId, Instant at, List<String> parts) {
}
