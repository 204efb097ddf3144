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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Last-resort handling of malformed requests that would otherwise surface as a 500 or a bare 400:
 * a mistyped id in a page address is "page not found"; in the API it is a 400 with the reason. An upload
 * over the multipart limits is a 413 page that says so (Tomcat usually refuses it earlier, when a filter
 * reads the first parameter, and then error/413 is shown by the error controller).
 * It must come before Spring Boot's problem-details advice (order 0), which would answer these with bare
 * problem details; it handles nothing else, so modules' own advice is not affected.
 */
@ControllerAdvice
@Order(-1)
class FallbackErrorAdvice {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(request, HttpStatus.BAD_REQUEST, "'" + e.getName() + "' is not in the expected format.",
                new ModelAndView("error/404"), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error/413");
        page.addObject("path", request.getRequestURI());
        return respond(request, HttpStatus.CONTENT_TOO_LARGE, "The request is larger than OnePlan accepts.", page,
                HttpStatus.CONTENT_TOO_LARGE);
    }

    private static Object respond(HttpServletRequest request, HttpStatus apiStatus, String detail, ModelAndView page,
                                  HttpStatus pageStatus) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(apiStatus, detail);
            return ResponseEntity.status(apiStatus).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        page.setStatus(pageStatus);
        return page;
    }
}
