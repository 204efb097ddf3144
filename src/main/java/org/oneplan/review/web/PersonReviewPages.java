package org.oneplan.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.people.People;
import org.oneplan.review.RequestView;
import org.oneplan.review.RequestedBy;
import org.oneplan.review.Reviews;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's reviews: when the next is due, requests and their answers, reviews, and check-ins. */
@Controller
class PersonReviewPages {

    private static final String REQUESTS = "/people/{id}/reviews/requests";

    private final Reviews reviews;
    private final People people;
    private final ReviewPageParts parts;

    PersonReviewPages(Reviews reviews, People people, ReviewPageParts parts) {
        this.reviews = reviews;
        this.people = people;
        this.parts = parts;
    }

    @GetMapping("/people/{id}/reviews")
    @PreAuthorize(ReviewPageParts.READERS)
    String overview(@PathVariable UUID id, Model model) {
        parts.person(model, id);
        model.addAttribute("overview", reviews.of(id)).addAttribute("mayPlan", people.mayPlanFor(id));
        return "review/person";
    }

    @GetMapping(REQUESTS + "/new")
    @PreAuthorize(ReviewPageParts.READERS)
    String newRequest(@PathVariable UUID id, Model model) {
        return request(id, new RequestForm(), model);
    }

    @PostMapping(REQUESTS + "/new")
    @PreAuthorize(ReviewPageParts.READERS)
    String request(@PathVariable UUID id, @ModelAttribute("form") RequestForm form, BindingResult result, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        Reviews.RequestDraft draft = form.toDraft(result);
        return parts.save(result, response, () -> {
            reviews.request(id, draft);
            return parts.done(ReviewPageParts.reviews(id), "review.request.saved", flash);
        }, () -> request(id, form, model));
    }

    @GetMapping(REQUESTS + "/{requestId}/respond")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String respondPage(@PathVariable UUID id, @PathVariable UUID requestId, Model model) {
        RespondForm form = new RespondForm();
        form.setVersion(find(id, requestId).version());
        return respond(id, requestId, form, model);
    }

    @PostMapping(REQUESTS + "/{requestId}/respond")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String respond(@PathVariable UUID id, @PathVariable UUID requestId, @ModelAttribute("form") RespondForm form,
                   BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return parts.save(result, response, () -> {
            reviews.respond(id, requestId, form.getResponse(), form.getVersion());
            return parts.done(ReviewPageParts.reviews(id), "review.request.answered", flash);
        }, () -> respond(id, requestId, form, model));
    }

    private String request(UUID id, RequestForm form, Model model) {
        parts.person(model, id);
        model.addAttribute("form", form)
                .addAttribute("requestedByOptions", parts.options(RequestedBy.values(), r -> "review.requestedBy." + r));
        return "review/request";
    }

    private String respond(UUID id, UUID requestId, RespondForm form, Model model) {
        parts.person(model, id);
        model.addAttribute("request", find(id, requestId)).addAttribute("form", form);
        return "review/respond";
    }

    private RequestView find(UUID id, UUID requestId) {
        return reviews.of(id).requests().stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Request"));
    }
}
