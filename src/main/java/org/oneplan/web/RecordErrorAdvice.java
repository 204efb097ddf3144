package org.oneplan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * How the usual record errors look: in the API as RFC 9457 problem details, on pages as friendly pages.
 * It runs before Spring Boot's problem-details handler (order 0); a module's own advice can run earlier still.
 */
@ControllerAdvice
@Order(-100)
class RecordErrorAdvice {

    @ExceptionHandler(RecordNotFoundException.class)
    Object notFound(HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "No such record, or you are not allowed to see it.", null, "error/404");
    }

    @ExceptionHandler({StaleRecordException.class, ObjectOptimisticLockingFailureException.class})
    Object stale(HttpServletRequest request) {
        return respond(request, HttpStatus.PRECONDITION_FAILED,
                "The record has changed since you read it. Read it again and reapply your change.", null, "error/409");
    }

    @ExceptionHandler(InvalidRequestException.class)
    Object invalid(InvalidRequestException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "Some values are not valid.", e.problems(), "error/400");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(Validation.fieldOf(f.getField()), f.getDefaultMessage())).toList();
        return respond(request, HttpStatus.BAD_REQUEST, "Some values are not valid.", problems, "error/400");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON, or a value has the wrong type or format (dates are YYYY-MM-DD).",
                null, "error/400");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    Object missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        boolean ifMatch = "If-Match".equalsIgnoreCase(e.getHeaderName());
        return respond(request, ifMatch ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.BAD_REQUEST,
                ifMatch ? "Send If-Match with the ETag from your last read, so that changes are not overwritten."
                        : "The header '" + e.getHeaderName() + "' is required.", null, "error/400");
    }

    private static Object respond(HttpServletRequest request, HttpStatus status, String detail,
                                  List<FieldProblem> problems, String view) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            if (problems != null) {
                problem.setProperty("errors", problems.stream()
                        .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status == HttpStatus.PRECONDITION_FAILED ? HttpStatus.CONFLICT : status);
        return page;
    }
}
