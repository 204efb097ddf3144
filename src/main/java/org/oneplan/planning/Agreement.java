package org.oneplan.planning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The person's answer when asked to agree the plan, kept apart from any sign-off: their decision, their
 * reasons in their own words, how and by whom it was captured, and who took part.
 *
 * @param versionNumber the version it created, or null when the person did not agree
 */
public record Agreement(Decision decision, String reasons, Captured capturedHow, String capturedBy,
                        LocalDate capturedOn, String whoTookPart, Integer versionNumber, String recordedBy,
                        Instant recordedAt) {

    public enum Decision {
        AGREE, AGREE_IN_PART, DO_NOT_AGREE, COULD_NOT_ANSWER;

        /** Agreeing, wholly or in part, makes the plan an agreed version. */
        public boolean agrees() {
            return this == AGREE || this == AGREE_IN_PART;
        }
    }

    public enum Captured { IN_PERSON, PHONE, VIDEO, SIGNED_PAPER, EASY_READ_FORM }
}
