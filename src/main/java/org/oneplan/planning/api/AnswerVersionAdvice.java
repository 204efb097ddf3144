package org.oneplan.planning.api;

import jakarta.servlet.http.HttpServletRequest;
import org.oneplan.web.StaleRecordException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * When an answer was not written because of its version: 428 when it exists and the writer sent no
 * precondition at all, otherwise 412 with the answer's current version, so the writer can read it again.
 */
@RestControllerAdvice(assignableTypes = PlanApi.class)
@Order(-200)
class AnswerVersionAdvice {

    @ExceptionHandler(StaleRecordException.class)
    ResponseEntity<ProblemDetail> stale(StaleRecordException e, HttpServletRequest request) {
        boolean exists = e.currentVersion() >= 0;
        boolean unconditional = request.getHeader(HttpHeaders.IF_MATCH) == null
                && request.getHeader(HttpHeaders.IF_NONE_MATCH) == null;
        ProblemDetail problem = exists && unconditional
                ? ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
                        "This answer exists: send If-Match with its version, so that changes are not overwritten.")
                : ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                        "The answer has changed since you read it. Read it again and reapply your change.");
        if (exists) {
            problem.setProperty("currentVersion", e.currentVersion());
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
