package org.oneplan.planning;

import java.time.Instant;
import java.util.List;

/**
 * An agreed version as it was agreed: its number, when, the content hash and the content itself, and the sign-off
 * it carries when its plan needed one ({@code signOff} is null otherwise).
 */
public record VersionView(int number, Instant agreedAt, String recordedBy, String contentHash,
                          List<PlanPart.VersionedSection> sections, SignOffNote signOff) {
}
