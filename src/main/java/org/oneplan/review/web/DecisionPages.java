package org.oneplan.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.planning.NextSteps;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review's decisions and next review date, and the person's answers for Working Together for Change. */
@Controller
class DecisionPages {

    private final ReviewRecords records;
    private final NextSteps next;
    private final ReviewPageParts parts;

    DecisionPages(ReviewRecords records, NextSteps next, ReviewPageParts parts) {
        this.records = records;
        this.next = next;
        this.parts = parts;
    }

    @GetMapping(RecordPages.RECORD + "/decisions")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String decisionsPage(@PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
        return decisions(id, DecisionsForm.of(parts.review(model, id, reviewId)), model);
    }

    @PostMapping(RecordPages.RECORD + "/decisions")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String decide(@PathVariable UUID id, @PathVariable UUID reviewId, @ModelAttribute("form") DecisionsForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        ReviewRecord.Decisions decisions = form.toDecisions(result);
        return parts.save(result, response, () -> {
            records.decisions(id, reviewId, decisions, form.getVersion());
            return parts.done(ReviewPageParts.record(id, reviewId), "review.saved", flash);
        }, () -> {
            parts.review(model, id, reviewId);
            return decisions(id, form, model);
        });
    }

    @GetMapping(RecordPages.RECORD + "/working-together")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String togetherPage(@PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
        return together(TogetherForm.of(parts.review(model, id, reviewId)), model);
    }

    @PostMapping(RecordPages.RECORD + "/working-together")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String together(@PathVariable UUID id, @PathVariable UUID reviewId, @ModelAttribute("form") TogetherForm form,
                    BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return parts.save(result, response, () -> {
            records.workingTogether(id, reviewId, form.toAnswers(), form.getVersion());
            return parts.done(ReviewPageParts.record(id, reviewId), "review.saved", flash);
        }, () -> {
            parts.review(model, id, reviewId);
            return together(form, model);
        });
    }

    private String decisions(UUID id, DecisionsForm form, Model model) {
        model.addAttribute("form", form).addAttribute("yesNo", parts.yesNo())
                .addAttribute("maxReviewMonths", next.maxReviewMonths(id));
        return "review/decisions";
    }

    private String together(TogetherForm form, Model model) {
        model.addAttribute("form", form).addAttribute("yesNo", parts.yesNo());
        return "review/working-together";
    }
}
