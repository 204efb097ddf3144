package org.oneplan.budget.internal;

import java.time.Instant;

/** Who took a step of a sign-off (username and name as shown) and when. */
record SignOffBy(String username, String name, Instant at) {
}
