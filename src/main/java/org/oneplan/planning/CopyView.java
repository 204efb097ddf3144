package org.oneplan.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A copy given, as recorded. {@code name} is the recipient's name when it was recorded (the person's or the
 * supporter's too); {@code version} is null for the plan as it stood that day.
 */
public record CopyView(UUID id, CopyDraft.Recipient recipient, String name, String organisation,
                       CopyDraft.Document document, Integer version, CopyDraft.Format format, LocalDate givenOn,
                       String recordedBy, Instant recordedAt) {
}
