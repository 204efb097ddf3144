package org.oneplan.selfassessment;

/**
 * How far a team has got, in the Progress tools' words: levels 1–2 "Getting started", 3 "Making some
 * progress", 4 "Good progress", 5 "Excellent progress". A mean is banded by rounding to the nearest level
 * (halves round up), so a stage averaging 2.5 is "Making some progress".
 */
public enum Band {
    GETTING_STARTED, MAKING_SOME_PROGRESS, GOOD_PROGRESS, EXCELLENT_PROGRESS;

    public static Band ofLevel(int level) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("A level is 1 to 5, not " + level);
        }
        return switch (level) {
            case 1, 2 -> GETTING_STARTED;
            case 3 -> MAKING_SOME_PROGRESS;
            case 4 -> GOOD_PROGRESS;
            default -> EXCELLENT_PROGRESS;
        };
    }

    public static Band ofMean(double mean) {
        return ofLevel((int) Math.min(5, Math.max(1, Math.floor(mean + 0.5))));
    }
}
