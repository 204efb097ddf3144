package org.oneplan.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.review.Perspective;
import org.oneplan.review.ReviewRecords;
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

/** What is working and not working, from each perspective: the list, adding one, and taking one out. */
@Controller
class StatementPages {

    private static final String STATEMENTS = RecordPages.RECORD + "/statements";

    private final ReviewRecords records;
    private final ReviewPageParts parts;

    StatementPages(ReviewRecords records, ReviewPageParts parts) {
        this.records = records;
        this.parts = parts;
    }

    @GetMapping(STATEMENTS)
    @PreAuthorize(ReviewPageParts.READERS)
    String list(@PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
        parts.review(model, id, reviewId);
        model.addAttribute("mayPlan", parts.mayPlan(id));
        return "review/statements";
    }

    @GetMapping(STATEMENTS + "/new")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String newStatement(@PathVariable UUID id, @PathVariable UUID reviewId, Model model) {
        StatementForm form = new StatementForm();
        form.setVersion(parts.review(model, id, reviewId).version());
        return show(form, model);
    }

    @PostMapping(STATEMENTS + "/new")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String add(@PathVariable UUID id, @PathVariable UUID reviewId, @ModelAttribute("form") StatementForm form,
               BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return parts.save(result, response, () -> {
            records.addStatement(id, reviewId, form.toDraft(), form.getVersion());
            return parts.done(ReviewPageParts.record(id, reviewId) + "/statements", "review.statement.saved", flash);
        }, () -> {
            parts.review(model, id, reviewId);
            return show(form, model);
        });
    }

    @PostMapping(STATEMENTS + "/{index}/remove")
    @PreAuthorize(ReviewPageParts.PLANNERS)
    String remove(@PathVariable UUID id, @PathVariable UUID reviewId, @PathVariable int index,
                  @RequestParam long version, RedirectAttributes flash) {
        records.removeStatement(id, reviewId, index, version);
        return parts.done(ReviewPageParts.record(id, reviewId) + "/statements", "review.statement.removed", flash);
    }

    private String show(StatementForm form, Model model) {
        model.addAttribute("form", form).addAttribute("workingOptions", parts.workingOptions())
                .addAttribute("perspectiveOptions", parts.options(Perspective.values(), p -> "review.perspective." + p));
        return "review/statement";
    }
}
