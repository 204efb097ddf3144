package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.Outcomes;
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

/**
 * Adding, changing and removing (after confirming) the actions of "What will you do next?". The form's "From the
 * community directory" part goes to the directory and back through {@link DirectoryChoice}.
 */
@Controller
class ActionPages {

    private static final String BASE = "/people/{id}/plan/actions";
    private static final String UNKNOWN_ENTRY = "next.error.directoryEntry.unknown";

    private final NextSteps next;
    private final Outcomes outcomes;
    private final NextPageParts parts;
    private final DirectoryChoice choice;

    ActionPages(NextSteps next, Outcomes outcomes, NextPageParts parts, DirectoryChoice choice) {
        this.next = next;
        this.outcomes = outcomes;
        this.parts = parts;
        this.choice = choice;
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize(PlanPages.PLANNERS)
    String blank(@PathVariable UUID id, @RequestParam(required = false) String entry, HttpServletRequest request,
                 Model model) {
        return show(id, null, choice.back(request, entry, ActionForm::new, ActionForm::new), model);
    }

    @PostMapping(path = {BASE + "/new", BASE + "/{actionId}"}, params = "directory")
    @PreAuthorize(PlanPages.PLANNERS)
    String directory(@RequestParam String directory, HttpServletRequest request) {
        return choice.keep(request, directory);
    }

    @PostMapping(BASE + "/new")
    @PreAuthorize(PlanPages.PLANNERS)
    String add(@PathVariable UUID id, @ModelAttribute("form") ActionForm form, BindingResult result, Model model,
               HttpServletResponse response, RedirectAttributes flash) {
        return save(id, null, form, result, model, response, flash);
    }

    @GetMapping(BASE + "/{actionId}")
    @PreAuthorize(PlanPages.PLANNERS)
    String edit(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam(required = false) String entry,
                HttpServletRequest request, Model model) {
        return show(id, actionId,
                choice.back(request, entry, ActionForm::new, () -> ActionForm.of(next.action(id, actionId))), model);
    }

    @PostMapping(BASE + "/{actionId}")
    @PreAuthorize(PlanPages.PLANNERS)
    String change(@PathVariable UUID id, @PathVariable UUID actionId, @ModelAttribute("form") ActionForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return save(id, actionId, form, result, model, response, flash);
    }

    @GetMapping(BASE + "/{actionId}/remove")
    @PreAuthorize(PlanPages.PLANNERS)
    String confirmRemove(@PathVariable UUID id, @PathVariable UUID actionId, Model model) {
        parts.addTo(model, id);
        model.addAttribute("action", next.action(id, actionId));
        return "planning/next-action-remove";
    }

    @PostMapping(BASE + "/{actionId}/remove")
    @PreAuthorize(PlanPages.PLANNERS)
    String remove(@PathVariable UUID id, @PathVariable UUID actionId, @RequestParam long version, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        return EntryChange.remove(model, response, () -> {
            next.remove(id, actionId, version);
            return parts.done(id, "next.action.removed", flash);
        }, () -> confirmRemove(id, actionId, model));
    }

    private String save(UUID id, UUID actionId, ActionForm form, BindingResult result, Model model,
                        HttpServletResponse response, RedirectAttributes flash) {
        if (form.dateTypedButNotReal()) {
            result.rejectValue("dueDate", "next.error.dueDate.real");
        }
        if (form.outcomeNotAChoice()) {
            result.rejectValue("outcomeId", "next.error.outcome.unknown");
        }
        DirectoryChoice.check(form, result, UNKNOWN_ENTRY);
        return EntryChange.of(result, model, response)
                .onConflict("next.conflict", () -> next.action(id, actionId), ActionView::version, form::setVersion)
                .save(() -> {
                    ActionView saved = actionId == null ? next.add(id, form.toDraft())
                            : next.change(id, actionId, form.toDraft(), form.getVersion());
                    flash.addFlashAttribute("serviceLanguage", saved.serviceLanguage().stream()
                            .map(h -> parts.text(h.messageKey())).toList());
                    return parts.done(id, "next.action.saved", flash);
                }, () -> show(id, actionId, form, model));
    }

    private String show(UUID id, UUID actionId, ActionForm form, Model model) {
        parts.addTo(model, id);
        List<Option> outcomeOptions = outcomes.of(id).stream()
                .map(o -> new Option(o.id().toString(), o.words().text())).toList();
        model.addAttribute("outcomeOptions", outcomeOptions.isEmpty()
                ? List.of(new Option(ActionForm.NO_OUTCOME, parts.text("next.action.outcome.none"))) : outcomeOptions);
        model.addAttribute("noOutcomes", outcomeOptions.isEmpty());
        if (outcomeOptions.isEmpty() && form.getOutcomeId() == null) {
            form.setOutcomeId(ActionForm.NO_OUTCOME);
        }
        model.addAttribute("ownerOptions", parts.options(ActionOwner.values(), o -> "next.owner." + o.name()));
        model.addAttribute("layerOptions", parts.options(ActionLayer.values(), ActionLayer::messageKey));
        model.addAttribute("actionId", actionId);
        model.addAttribute("headingKey", actionId == null ? "next.action.new" : "next.action.change");
        model.addAttribute("form", form);
        choice.addTo(model, form);
        return "planning/next-action";
    }
}
