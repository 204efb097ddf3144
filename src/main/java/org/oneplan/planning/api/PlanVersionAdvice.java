package org.oneplan.planning.api;

import jakarta.servlet.http.HttpServletRequest;
import org.oneplan.web.StaleProblem;
import org.oneplan.web.StaleRecordException;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * When a part of the plan (an answer, an outcome, a need …) was not written because of its version (see
 * {@link StaleProblem}). A required If-Match that is missing is answered 428 by the shared record advice.
 */
@RestControllerAdvice(basePackageClasses = PlanVersionAdvice.class)
@Order(-200)
class PlanVersionAdvice {

    @ExceptionHandler(StaleRecordException.class)
    ResponseEntity<ProblemDetail> stale(StaleRecordException e, HttpServletRequest request) {
        return StaleProblem.of(e, request,
                "This exists already: send If-Match with its version, so that changes are not overwritten.");
    }
}
