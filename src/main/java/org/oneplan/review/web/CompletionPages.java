package org.oneplan.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.review.Reviews;
import org.oneplan.web.RuleException;
import org.oneplan.web.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Check the record, then complete the review: what it will change in the plan, what is still missing (each linked to
 * where to write it), and the button that updates the plan as a draft for the person to agree.
 */
@Controller
class CompletionPages {

    private final Reviews reviews;
    private final ReviewPageParts parts;

    CompletionPages(Reviews reviews, ReviewPageParts parts) {
        this.reviews = reviews;
        this.parts = parts;
    }

    @GetMapping(RecordPages.RECORD + "/check")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String check(@PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
        parts.review(model, id, reviewId);
        return "review/check";
    }

    @PostMapping(RecordPages.RECORD + "/complete")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String complete(@PathVariable UUID id, @PathVariable UUID reviewId, @RequestParam long version, Model model,
                    HttpServletResponse response, RedirectAttributes flash) {
        try {
            reviews.complete(id, reviewId, version);
            return parts.done("/people/" + id + "/plan", "review.completed", flash);
        } catch (RuleException e) {
            model.addAttribute("refusal", parts.text(e.messageKey(), e.args() == null ? new Object[0] : e.args()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } catch (StaleRecordException e) {
            model.addAttribute("refusal", parts.text("review.conflict"));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        parts.review(model, id, reviewId);
        return "review/check";
    }
}
