package org.oneplan.web;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Any module's refusal, raised in an API call, becomes a 400 problem naming the field, in the bundle's words. */
@RestControllerAdvice(annotations = RestController.class)
@Order(-200)
class ApiRuleAdvice {

    private final MessageSource messages;

    ApiRuleAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleException.class)
    ResponseEntity<ProblemDetail> refused(RuleException e) {
        String message = messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
