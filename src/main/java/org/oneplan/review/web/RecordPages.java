package org.oneplan.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.planning.Whose;
import org.oneplan.review.ReviewPart;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review record: its task list (or, once completed, the record as it was completed), who took part, and answers. */
@Controller
class RecordPages {

    static final String RECORD = "/people/{id}/reviews/{reviewId}";

    private final ReviewRecords records;
    private final RecordTasks tasks;
    private final ReviewPageParts parts;

    RecordPages(ReviewRecords records, RecordTasks tasks, ReviewPageParts parts) {
        this.records = records;
        this.tasks = tasks;
        this.parts = parts;
    }

    @GetMapping(RECORD)
    @PreAuthorize(ReviewPageParts.READERS)
    String record(@PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
        ReviewRecord review = parts.review(model, id, reviewId);
        model.addAttribute("tasks", tasks.of(review)).addAttribute("mayPlan", parts.mayPlan(id));
        return "review/record";
    }

    @GetMapping(RECORD + "/participants")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String participantsPage(@PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
        return participants(ParticipantsForm.of(parts.review(model, id, reviewId)), model);
    }

    @PostMapping(RECORD + "/participants")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String participants(@PathVariable UUID id, @PathVariable UUID reviewId,
                        @ModelAttribute("form") ParticipantsForm form, BindingResult result, Model model,
                        HttpServletResponse response, RedirectAttributes flash) {
        return parts.save(result, response, () -> {
            records.participants(id, reviewId, form.toParticipants(), form.getVersion());
            return parts.done(ReviewPageParts.record(id, reviewId), "review.saved", flash);
        }, () -> participants(form, reviewed(model, id, reviewId)));
    }

    @GetMapping(RECORD + "/answers/{part}")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String answerPage(@PathVariable UUID id, @PathVariable UUID reviewId, @PathVariable String part, Model model) {
        ReviewRecord review = parts.review(model, id, reviewId);
        ReviewPart which = part(part);
        return answer(which, WordsForm.of(review.answers().get(which), review.version()), model);
    }

    @PostMapping(RECORD + "/answers/{part}")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String answer(@PathVariable UUID id, @PathVariable UUID reviewId, @PathVariable String part,
                  @ModelAttribute("form") WordsForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        ReviewPart which = part(part);
        return parts.save(result, response, () -> {
            records.answer(id, reviewId, which, form.toAnswer(), form.getVersion());
            return parts.done(ReviewPageParts.record(id, reviewId), "review.saved", flash);
        }, () -> answer(which, form, reviewed(model, id, reviewId)));
    }

    private String participants(ParticipantsForm form, Model model) {
        model.addAttribute("form", form).addAttribute("yesNo", parts.yesNo());
        return "review/participants";
    }

    private String answer(ReviewPart part, WordsForm form, Model model) {
        model.addAttribute("part", part).addAttribute("form", form)
                .addAttribute("whoseOptions", parts.options(Whose.values(), w -> "planning.whose." + w));
        return "review/answer";
    }

    private Model reviewed(Model model, UUID id, UUID reviewId) {
        parts.review(model, id, reviewId);
        return model;
    }

    private static ReviewPart part(String slug) {
        return ReviewPart.ofSlug(slug).orElseThrow(() -> new RecordNotFoundException("Part"));
    }
}
