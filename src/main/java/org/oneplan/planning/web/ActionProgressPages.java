package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.function.Supplier;
import org.oneplan.people.People;
import org.oneplan.planning.ActionProgressView;
import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.ActionTracking;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One action's progress: where it stands, its history, and (for whoever may record progress on it) a change of
 * status and/or a note. Open to anyone signed in: the service decides, action by action, who may see and record.
 */
@Controller
class ActionProgressPages {

    static final String PAGE = "/people/{id}/plan/actions/{actionId}/progress";

    private final ActionTracking tracking;
    private final People people;
    private final NextPageParts parts;

    ActionProgressPages(ActionTracking tracking, People people, NextPageParts parts) {
        this.tracking = tracking;
        this.people = people;
        this.parts = parts;
    }

    @GetMapping(PAGE)
    @PreAuthorize(PlanPages.READERS)
    String show(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        ActionProgressView view = tracking.progress(id, actionId);
        return page(id, view, ProgressForm.of(view.progress()), model);
    }

    @PostMapping(PAGE)
    @PreAuthorize(PlanPages.READERS)
    String record(@PathVariable UUID id, @PathVariable UUID actionId, @ModelAttribute("form") ProgressForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        Supplier<ActionProgressView> now = SingletonSupplier.of(() -> tracking.progress(id, actionId));
        return EntryChange.of(result, model, response)
                .onConflict("progress.conflict", now, v -> v.progress().version(), form::setVersion)
                .save(() -> {
                    tracking.record(id, actionId, form.toChange(), form.getVersion());
                    flash.addFlashAttribute("banner", parts.text("progress.saved"));
                    return "redirect:/people/" + id + "/plan/actions/" + actionId + "/progress";
                }, () -> page(id, now.get(), form, model));
    }

    private String page(UUID id, ActionProgressView view, ProgressForm form, Model model) {
        model.addAttribute("person", people.findRecord(id).orElseThrow(() -> new RecordNotFoundException("Person")));
        model.addAttribute("view", view);
        model.addAttribute("statusOptions", parts.options(ActionStatus.values(), ActionStatus::messageKey));
        model.addAttribute("form", form);
        return "planning/next-progress";
    }
}
