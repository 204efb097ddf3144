package org.oneplan.planning;

import java.time.Instant;
import java.util.List;

/** An agreed version as it was agreed: its number, when, the content hash and the content itself. */
public record VersionView(int number, Instant agreedAt, String recordedBy, String contentHash,
                          List<PlanPart.VersionedSection> sections) {
}
