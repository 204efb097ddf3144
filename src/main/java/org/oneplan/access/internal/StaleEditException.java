package org.oneplan.access.internal;

/** Someone else saved the record after this edit began; the edit is refused rather than overwriting theirs. */
public class StaleEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StaleEditException() {
        super("The record has changed since it was opened");
    }

    /** Throws unless the record is still at the version the editor started from. */
    static void check(long current, long expected) {
        if (current != expected) {
            throw new StaleEditException();
        }
    }
}
