package org.oneplan.selfassessment;

/**
 * A stage within a section, such as "Preparation" or "The conversation".
 *
 * @param introduction optional; paragraphs are separated by a blank line
 */
public record Stage(int number, String title, String introduction) {
}
