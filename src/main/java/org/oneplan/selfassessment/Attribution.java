package org.oneplan.selfassessment;

/**
 * Whose work the framework is, shown wherever it is used.
 *
 * @param year  year of publication, or null
 * @param isbn  optional
 * @param credit optional acknowledgement in the publisher's words
 */
public record Attribution(String publisher, Integer year, String isbn, String credit) {
}
