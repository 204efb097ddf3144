package org.oneplan.web;

/** Someone saved the record after the caller read it: their change must not silently overwrite it. */
public class StaleRecordException extends RuntimeException {

    private final long currentVersion;

    public StaleRecordException(long currentVersion) {
        super("The record has changed since it was read (now version " + currentVersion + ")");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
