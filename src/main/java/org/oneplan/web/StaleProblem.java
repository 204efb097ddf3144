package org.oneplan.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The API's answer when something was not written because of its version: 428 when it exists and the writer sent
 * no precondition at all, otherwise 412; both carry its current version when it exists, so the writer can read it
 * again. For modules whose writes accept a missing If-Match for something new.
 */
public final class StaleProblem {

    private StaleProblem() {
    }

    /** existsAlready: the 428 detail, e.g. "The budget exists: send If-Match with its version …". */
    public static ResponseEntity<ProblemDetail> of(StaleRecordException e, HttpServletRequest request,
                                                   String existsAlready) {
        boolean exists = e.currentVersion() >= 0;
        boolean unconditional = request.getHeader(HttpHeaders.IF_MATCH) == null
                && request.getHeader(HttpHeaders.IF_NONE_MATCH) == null;
        HttpStatus status = exists && unconditional ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.PRECONDITION_FAILED;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, status == HttpStatus.PRECONDITION_REQUIRED
                ? existsAlready
                : "It has changed since you read it. Read it again and reapply your change.");
        if (exists) {
            problem.setProperty("currentVersion", e.currentVersion());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
