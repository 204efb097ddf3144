package org.oneplan.selfassessment;

/** A stored framework version, for lists. */
public record FrameworkSummary(String key, int version, String title) {
}
