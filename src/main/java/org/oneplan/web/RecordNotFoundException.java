package org.oneplan.web;

/**
 * The record does not exist, or the caller may not know that it does: both are shown as "not found"
 * so that a refusal leaks nothing.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordType) {
        super(recordType + " not found");
    }
}
