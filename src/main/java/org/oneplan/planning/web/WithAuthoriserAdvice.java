package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.oneplan.planning.PlanWithAuthoriserException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A change refused because the plan is with the authoriser, from any module's pages or API (the plan's, the
 * budget's, a review's completion): on pages a 409 page saying so, with when it was sent and a link back to the
 * plan; in the API a 409 problem with the same reason and {@code sentAt}.
 */
@ControllerAdvice
@Order(-100)
class WithAuthoriserAdvice {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final MessageSource messages;

    WithAuthoriserAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlanWithAuthoriserException.class)
    Object withAuthoriser(PlanWithAuthoriserException e, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String sentOn = e.sentAt().atZone(UK).toLocalDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        String title = messages.getMessage("planning.withAuthoriser.title", null, locale);
        String body = messages.getMessage("planning.withAuthoriser.body", new Object[] {sentOn}, locale);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, title + ". " + body);
            problem.setTitle(title);
            problem.setProperty("sentAt", e.sentAt());
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView page = new ModelAndView("planning/with-authoriser");
        page.addObject("personId", e.personId());
        page.addObject("body", body);
        page.setStatus(HttpStatus.CONFLICT);
        return page;
    }
}
