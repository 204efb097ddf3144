package org.oneplan.planning.api;

import java.util.List;
import java.util.Map;
import org.oneplan.planning.PlanRuleException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The plan's refusal becomes a 400 problem naming the field, in the words of the planning message bundle. */
@RestControllerAdvice(assignableTypes = PlanApi.class)
@Order(-200)
class PlanRuleAdvice {

    private final MessageSource messages;

    PlanRuleAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlanRuleException.class)
    ResponseEntity<ProblemDetail> refused(PlanRuleException e) {
        String message = messages.getMessage(e.messageKey(), null, LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
