package org.oneplan.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.planning.PlanVersions;
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
 * where to write it), and the button that updates the plan as a draft for the person to agree; not while the plan is
 * with the authoriser, as nothing in it may change until they sign it off or return it.
 */
@Controller
class CompletionPages {

    private final Reviews reviews;
    private final ReviewPageParts parts;
    private final PlanVersions versions;

    CompletionPages(Reviews reviews, ReviewPageParts parts, PlanVersions versions) {
        this.reviews = reviews;
        this.parts = parts;
        this.versions = versions;
    }

    @GetMapping(RecordPages.RECORD + "/check")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String check(@PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
        return show(model, id, reviewId);
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
        return show(model, id, reviewId);
    }

    /** The check page; while the plan is with the authoriser it says the review cannot be completed yet. */
    private String show(Model model, UUID id, UUID reviewId) {
        parts.review(model, id, reviewId);
        model.addAttribute("planWithAuthoriser", versions.state(id).withAuthoriser());
        return "review/check";
    }
}
