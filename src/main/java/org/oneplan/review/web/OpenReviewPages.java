package org.oneplan.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.planning.CheckIn;
import org.oneplan.review.RequestView;
import org.oneplan.review.ReviewRuleException;
import org.oneplan.review.ReviewStatus;
import org.oneplan.review.ReviewSummary;
import org.oneplan.review.ReviewType;
import org.oneplan.review.Reviews;
import org.oneplan.web.Option;
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

/** Scheduling or starting a review, starting a scheduled one, and recording an informal check-in. */
@Controller
class OpenReviewPages {

    private final Reviews reviews;
    private final ReviewPageParts parts;

    OpenReviewPages(Reviews reviews, ReviewPageParts parts) {
        this.reviews = reviews;
        this.parts = parts;
    }

    @GetMapping("/people/{id}/reviews/new")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String newReview(@PathVariable UUID id, @RequestParam(required = false) UUID request, Model model) {
        OpenForm form = new OpenForm();
        form.setRequestId(request);
        form.setType(request == null ? null : ReviewType.REQUESTED);
        return open(id, form, model);
    }

    @PostMapping("/people/{id}/reviews/new")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String open(@PathVariable UUID id, @ModelAttribute("form") OpenForm form, BindingResult result, Model model,
                HttpServletResponse response, RedirectAttributes flash) {
        Reviews.Opening opening = form.toOpening(result);
        return parts.save(result, response, () -> {
            ReviewSummary opened = reviews.open(id, opening);
            boolean started = opened.status() == ReviewStatus.IN_PROGRESS;
            return parts.done(started ? ReviewPageParts.record(id, opened.id()) : ReviewPageParts.reviews(id),
                    started ? "review.open.started" : "review.open.scheduled", flash);
        }, () -> open(id, form, model));
    }

    @PostMapping("/people/{id}/reviews/{reviewId}/start")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String start(@PathVariable UUID id, @PathVariable UUID reviewId, @RequestParam long version,
                 RedirectAttributes flash) {
        try {
            reviews.start(id, reviewId, version);
        } catch (ReviewRuleException alreadyStarted) {
            return "redirect:" + ReviewPageParts.record(id, reviewId);
        }
        return parts.done(ReviewPageParts.record(id, reviewId), "review.open.started", flash);
    }

    @GetMapping("/people/{id}/reviews/check-ins/new")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String newCheckIn(@PathVariable UUID id, Model model) {
        return checkIn(id, new CheckInForm(), model);
    }

    @PostMapping("/people/{id}/reviews/check-ins/new")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String checkIn(@PathVariable UUID id, @ModelAttribute("form") CheckInForm form, BindingResult result, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        Reviews.CheckInDraft draft = form.toDraft(result);
        return parts.save(result, response, () -> {
            reviews.checkIn(id, draft);
            return parts.done(ReviewPageParts.reviews(id), "review.checkIn.saved", flash);
        }, () -> checkIn(id, form, model));
    }

    private String open(UUID id, OpenForm form, Model model) {
        parts.person(model, id);
        model.addAttribute("form", form)
                .addAttribute("typeOptions", parts.options(ReviewType.values(), t -> "review.type." + t + ".choice"))
                .addAttribute("requestOptions", reviews.of(id).requests().stream().filter(r -> !r.answered())
                        .map(r -> new Option(r.id().toString(), requestLabel(r))).toList());
        return "review/open";
    }

    private String checkIn(UUID id, CheckInForm form, Model model) {
        parts.person(model, id);
        model.addAttribute("form", form)
                .addAttribute("howOptions", parts.options(CheckIn.values(), c -> "next.checkIn." + c));
        return "review/check-in";
    }

    private String requestLabel(RequestView r) {
        return parts.text("review.open.requestLabel", r.requesterName() == null
                ? parts.text("review.requestedBy.PERSON") : r.requesterName(), ReviewPageParts.day(r.requestedOn()));
    }
}
