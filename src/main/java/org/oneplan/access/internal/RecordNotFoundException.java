package org.oneplan.access.internal;

/** An id in the address that names no record; the page answers "page not found". */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String recordType) {
        super("No such " + recordType);
    }
}
