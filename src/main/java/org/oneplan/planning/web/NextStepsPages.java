package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.people.People;
import org.oneplan.planning.ActionTracking;
import org.oneplan.planning.CheckIn;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.NextStepsView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.TrackedSteps;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Question 7, "What will you do next?": the section page, with how each action is getting on, and the review arrangements. */
@Controller
class NextStepsPages {

    private static final String REVIEW = "/people/{id}/plan/review-arrangements";

    private final NextSteps next;
    private final ActionTracking tracking;
    private final People people;
    private final MayChangePlan mayChange;
    private final NextPageParts parts;

    NextStepsPages(NextSteps next, ActionTracking tracking, People people, NextPageParts parts, MayChangePlan mayChange) {
        this.mayChange = mayChange;
        this.next = next;
        this.tracking = tracking;
        this.people = people;
        this.parts = parts;
    }

    @GetMapping("/people/{id}/plan/next-steps")
    @PreAuthorize(PlanPages.READERS)
    String section(@PathVariable UUID id, Model model) {
        TrackedSteps tracked = tracking.section(id).orElseThrow(() -> new RecordNotFoundException("Plan"));
        model.addAttribute("person", people.findRecord(id).orElseThrow(() -> new RecordNotFoundException("Person")));
        model.addAttribute("next", tracked.next());
        model.addAttribute("actionProgress", tracked.progress());
        mayChange.addTo(model, id);
        return "planning/next-steps";
    }

    @GetMapping(REVIEW)
    @PreAuthorize(PlanPages.PLANNERS)
    String review(@PathVariable UUID id, Model model) {
        NextStepsView view = parts.addTo(model, id);
        return show(view.review() == null ? new ReviewForm() : ReviewForm.of(view.review()), model);
    }

    @PostMapping(REVIEW)
    @PreAuthorize(PlanPages.PLANNERS)
    String arrange(@PathVariable UUID id, @ModelAttribute("form") ReviewForm form, BindingResult result, Model model,
                   HttpServletResponse response, RedirectAttributes flash) {
        if (form.dateTypedButNotReal()) {
            result.rejectValue("nextReview", "next.error.nextReview.real");
        }
        if (!result.hasErrors()) {
            try {
                next.arrange(id, form.toDraft(), form.getVersion());
                return parts.done(id, "next.review.saved", flash);
            } catch (PlanRuleException e) {
                parts.refused(e, result, response);
            } catch (StaleRecordException e) {
                NextStepsView now = parts.addTo(model, id);
                model.addAttribute("conflict", now.review());
                form.setVersion(now.review() == null ? null : now.review().version());
                result.reject("next.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(form, model);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        parts.addTo(model, id);
        return show(form, model);
    }

    private String show(ReviewForm form, Model model) {
        model.addAttribute("checkInOptions", parts.options(CheckIn.values(), c -> "next.checkIn." + c.name()));
        model.addAttribute("form", form);
        return "planning/next-review";
    }
}
