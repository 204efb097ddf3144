package org.oneplan.selfassessment.api;

import java.util.List;
import java.util.Map;
import org.oneplan.selfassessment.AssessmentRuleException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An assessment's refusal becomes a 400 problem naming the field, in the words of the message bundle. */
@RestControllerAdvice(assignableTypes = AssessmentsApi.class)
@Order(-200)
class AssessmentRuleAdvice {

    private final MessageSource messages;

    AssessmentRuleAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AssessmentRuleException.class)
    ResponseEntity<ProblemDetail> refused(AssessmentRuleException e) {
        String message = messages.getMessage(e.messageKey(), null, LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
