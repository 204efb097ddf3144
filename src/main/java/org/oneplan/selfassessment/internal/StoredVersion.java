package org.oneplan.selfassessment.internal;

import java.time.Instant;

/** When and by whom one version of a framework was loaded, without its wording. */
public record StoredVersion(String key, int version, String title, Instant loadedAt, String loadedBy) {
}
