package org.oneplan.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Whose;
import org.oneplan.review.Progress;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Progress on each outcome of the plan, one outcome a page, and the new outcomes the plan will gain. */
@Controller
class OutcomeReviewPages {

    private static final String OUTCOMES = RecordPages.RECORD + "/outcomes";
    private static final String NEW_OUTCOMES = RecordPages.RECORD + "/new-outcomes";

    private final ReviewRecords records;
    private final ReviewPageParts parts;

    OutcomeReviewPages(ReviewRecords records, ReviewPageParts parts) {
        this.records = records;
        this.parts = parts;
    }

    @GetMapping(OUTCOMES)
    @PreAuthorize(ReviewPageParts.READERS)
    String list(@PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
        ReviewRecord review = parts.review(model, id, reviewId);
        model.addAttribute("mayPlan", parts.mayPlan(id)).addAttribute("progress", review.outcomes().stream()
                .collect(Collectors.toMap(ReviewRecord.OutcomeReview::outcomeId, o -> o)));
        return "review/outcomes";
    }

    @GetMapping(OUTCOMES + "/{outcomeId}")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String outcomePage(@PathVariable UUID id, @PathVariable UUID reviewId, @PathVariable UUID outcomeId, Model model) {
        ReviewRecord review = parts.review(model, id, reviewId);
        ReviewRecord.OutcomeReview saved = review.outcomes().stream().filter(o -> o.outcomeId().equals(outcomeId))
                .findFirst().orElse(null);
        return outcome(review, outcomeId, OutcomeProgressForm.of(saved, review.version()), model);
    }

    @PostMapping(OUTCOMES + "/{outcomeId}")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String outcome(@PathVariable UUID id, @PathVariable UUID reviewId, @PathVariable UUID outcomeId,
                   @ModelAttribute("form") OutcomeProgressForm form, BindingResult result, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        return parts.save(result, response, () -> {
            records.outcome(id, reviewId, outcomeId, form.toDraft(), form.getVersion());
            return parts.done(ReviewPageParts.record(id, reviewId) + "/outcomes", "review.outcome.saved", flash);
        }, () -> outcome(parts.review(model, id, reviewId), outcomeId, form, model));
    }

    @GetMapping(NEW_OUTCOMES + "/new")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String newOutcome(@PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
        return newOutcome(WordsForm.of(null, parts.review(model, id, reviewId).version()), model);
    }

    @PostMapping(NEW_OUTCOMES + "/new")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String addOutcome(@PathVariable UUID id, @PathVariable UUID reviewId, @ModelAttribute("form") WordsForm form,
                      BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return parts.save(result, response, () -> {
            records.addOutcome(id, reviewId, form.toAnswer(), form.getVersion());
            return parts.done(ReviewPageParts.record(id, reviewId) + "/outcomes", "review.newOutcome.saved", flash);
        }, () -> {
            parts.review(model, id, reviewId);
            return newOutcome(form, model);
        });
    }

    @PostMapping(NEW_OUTCOMES + "/{newOutcomeId}/remove")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String removeOutcome(@PathVariable UUID id, @PathVariable UUID reviewId, @PathVariable UUID newOutcomeId,
                         @RequestParam long version, RedirectAttributes flash) {
        records.removeOutcome(id, reviewId, newOutcomeId, version);
        return parts.done(ReviewPageParts.record(id, reviewId) + "/outcomes", "review.newOutcome.removed", flash);
    }

    private String outcome(ReviewRecord review, UUID outcomeId, OutcomeProgressForm form, Model model) {
        OutcomeView outcome = review.planOutcomes().stream().filter(o -> o.id().equals(outcomeId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Outcome"));
        model.addAttribute("outcome", outcome).addAttribute("form", form)
                .addAttribute("progressOptions", parts.options(Progress.values(), p -> "review.progress." + p))
                .addAttribute("whoseOptions", parts.options(Whose.values(), w -> "planning.whose." + w))
                .addAttribute("yesNo", parts.yesNo());
        return "review/outcome";
    }

    private String newOutcome(WordsForm form, Model model) {
        model.addAttribute("form", form)
                .addAttribute("whoseOptions", parts.options(Whose.values(), w -> "planning.whose." + w));
        return "review/new-outcome";
    }
}
