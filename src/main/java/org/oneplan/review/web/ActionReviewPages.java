package org.oneplan.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.review.ActionDecision;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;
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

/** The plan's actions, each carried over or closed, and the new SMART actions. */
@Controller
class ActionReviewPages {

    private static final String ACTIONS = RecordPages.RECORD + "/actions";

    private final ReviewRecords records;
    private final ReviewPageParts parts;

    ActionReviewPages(ReviewRecords records, ReviewPageParts parts) {
        this.records = records;
        this.parts = parts;
    }

    @GetMapping(ACTIONS)
    @PreAuthorize(ReviewPageParts.READERS)
    String list(@PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
        return choices(ActionChoicesForm.of(parts.review(model, id, reviewId)), model, id);
    }

    @PostMapping(ACTIONS)
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String choose(@PathVariable UUID id, @PathVariable UUID reviewId, @ModelAttribute("form") ActionChoicesForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return parts.save(result, response, () -> {
            records.actions(id, reviewId, form.getDecisions(), form.getVersion());
            return parts.done(ReviewPageParts.record(id, reviewId), "review.actions.saved", flash);
        }, () -> {
            parts.review(model, id, reviewId);
            return choices(form, model, id);
        });
    }

    @GetMapping(ACTIONS + "/new")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String newAction(@PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
        NewActionForm form = new NewActionForm();
        form.setVersion(parts.review(model, id, reviewId).version());
        return action(form, model);
    }

    @PostMapping(ACTIONS + "/new")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String add(@PathVariable UUID id, @PathVariable UUID reviewId, @ModelAttribute("form") NewActionForm form,
               BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        ActionDraft draft = form.toDraft(result);
        return parts.save(result, response, () -> {
            records.addAction(id, reviewId, draft, form.getVersion());
            return parts.done(ReviewPageParts.record(id, reviewId) + "/actions", "review.action.saved", flash);
        }, () -> {
            parts.review(model, id, reviewId);
            return action(form, model);
        });
    }

    @PostMapping(ACTIONS + "/new/{index}/remove")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String remove(@PathVariable UUID id, @PathVariable UUID reviewId, @PathVariable int index,
                  @RequestParam long version, RedirectAttributes flash) {
        records.removeAction(id, reviewId, index, version);
        return parts.done(ReviewPageParts.record(id, reviewId) + "/actions", "review.action.removed", flash);
    }

    private String choices(ActionChoicesForm form, Model model, UUID id) {
        model.addAttribute("form", form).addAttribute("mayPlan", parts.mayPlan(id))
                .addAttribute("decisionOptions", parts.options(ActionDecision.values(), d -> "review.decision." + d));
        return "review/actions";
    }

    /** The outcomes a new action may serve: those the review keeps, then its new ones. */
    private String action(NewActionForm form, Model model) {
        ReviewRecord review = (ReviewRecord) model.getAttribute("review");
        List<Option> outcomes = new ArrayList<>();
        review.planOutcomes().stream().filter(o -> review.outcomes().stream()
                        .noneMatch(r -> r.outcomeId().equals(o.id()) && r.progress().closes()))
                .forEach(o -> outcomes.add(new Option(o.id().toString(), o.words().text())));
        review.newOutcomes().forEach(o -> outcomes.add(new Option(o.id().toString(), o.text())));
        model.addAttribute("form", form).addAttribute("outcomeOptions", outcomes)
                .addAttribute("ownerOptions", parts.options(ActionOwner.values(), o -> "next.owner." + o))
                .addAttribute("layerOptions", parts.options(ActionLayer.values(), ActionLayer::messageKey));
        return "review/action";
    }
}
