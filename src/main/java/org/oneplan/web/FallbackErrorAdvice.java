package org.oneplan.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Last-resort handling of malformed requests that would otherwise surface as a 500 or a bare 400:
 * a mistyped id in a page address is "page not found"; in the API it is a 400 with the reason.
 * It must come before Spring Boot's problem-details advice (order 0), which would answer every type
 * mismatch with a bare 400; it handles nothing else, so modules' own advice is not affected.
 */
@ControllerAdvice
@Order(-1)
class FallbackErrorAdvice {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "'" + e.getName() + "' is not in the expected format.");
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView notFound = new ModelAndView("error/404");
        notFound.setStatus(HttpStatus.NOT_FOUND);
        return notFound;
    }
}
