package org.oneplan.budget.internal;

import java.time.Instant;

/** Who made a change and when. */
record Signature(String username, Instant at) {
}
