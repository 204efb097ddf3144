package org.oneplan.review.web;

import org.oneplan.review.ReviewRuleException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a review page that has no form to show it on (a button pressed twice, an entry removed meanwhile) is a
 * 400 page, never a 500. Pages with a form show refusals by their field themselves.
 */
@ControllerAdvice(basePackageClasses = ReviewPageAdvice.class)
@Order(-150)
class ReviewPageAdvice {

    @ExceptionHandler(ReviewRuleException.class)
    ModelAndView refused() {
        ModelAndView page = new ModelAndView("error/400");
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
