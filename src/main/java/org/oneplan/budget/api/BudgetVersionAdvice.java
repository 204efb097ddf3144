package org.oneplan.budget.api;

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
 * When a budget or a spending line was not changed because of its version: 428 when it exists and the writer sent
 * no precondition at all, otherwise 412 with its current version, so the writer can read it again.
 */
@RestControllerAdvice(assignableTypes = BudgetApi.class)
@Order(-200)
class BudgetVersionAdvice {

    @ExceptionHandler(StaleRecordException.class)
    ResponseEntity<ProblemDetail> stale(StaleRecordException e, HttpServletRequest request) {
        boolean exists = e.currentVersion() >= 0;
        boolean unconditional = request.getHeader(HttpHeaders.IF_MATCH) == null
                && request.getHeader(HttpHeaders.IF_NONE_MATCH) == null;
        HttpStatus status = exists && unconditional ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.PRECONDITION_FAILED;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, status == HttpStatus.PRECONDITION_REQUIRED
                ? "The budget exists: send If-Match with its version, so that changes are not overwritten."
                : "It has changed since you read it. Read it again and reapply your change.");
        if (exists) {
            problem.setProperty("currentVersion", e.currentVersion());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
