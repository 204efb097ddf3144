package org.oneplan.selfassessment;

/** One of an item's five statements; level 5 is cumulative (the practice of 3, 4 and 5 is all in place). */
public record Statement(int level, String text) {
}
