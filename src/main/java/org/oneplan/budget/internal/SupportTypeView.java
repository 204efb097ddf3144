package org.oneplan.budget.internal;

import java.time.Instant;
import java.util.UUID;

/** A kind of support as the pages show it; a retired one is kept for the lines that used it. */
public record SupportTypeView(UUID id, String code, String label, boolean traditional, boolean retired,
                              String changedBy, Instant changedAt, long version) {
}
