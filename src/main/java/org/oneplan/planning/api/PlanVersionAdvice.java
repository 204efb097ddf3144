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
 * When a part of the plan (an answer, an outcome, a need …) was not written because of its version: 428 when
 * it exists and the writer sent no precondition at all, otherwise 412 with its current version, so the writer
 * can read it again. A required If-Match that is missing is answered 428 by the shared record advice.
 */
@RestControllerAdvice(basePackageClasses = PlanVersionAdvice.class)
@Order(-200)
class PlanVersionAdvice {

    @ExceptionHandler(StaleRecordException.class)
    ResponseEntity<ProblemDetail> stale(StaleRecordException e, HttpServletRequest request) {
        boolean exists = e.currentVersion() >= 0;
        boolean unconditional = request.getHeader(HttpHeaders.IF_MATCH) == null
                && request.getHeader(HttpHeaders.IF_NONE_MATCH) == null;
        ProblemDetail problem = exists && unconditional
                ? ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED,
                        "This exists already: send If-Match with its version, so that changes are not overwritten.")
                : ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                        "It has changed since you read it. Read it again and reapply your change.");
        if (exists) {
            problem.setProperty("currentVersion", e.currentVersion());
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
