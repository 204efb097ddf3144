package org.oneplan.budget.api;

import jakarta.servlet.http.HttpServletRequest;
import org.oneplan.web.StaleProblem;
import org.oneplan.web.StaleRecordException;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** When a budget or a spending line was not changed because of its version (see {@link StaleProblem}). */
@RestControllerAdvice(assignableTypes = BudgetApi.class)
@Order(-200)
class BudgetVersionAdvice {

    @ExceptionHandler(StaleRecordException.class)
    ResponseEntity<ProblemDetail> stale(StaleRecordException e, HttpServletRequest request) {
        return StaleProblem.of(e, request,
                "The budget exists: send If-Match with its version, so that changes are not overwritten.");
    }
}
