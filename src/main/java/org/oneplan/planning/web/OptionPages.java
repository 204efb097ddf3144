package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.planning.ArrangeView;
import org.oneplan.planning.SupportArrangements;
import org.oneplan.planning.SupportOption;
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
 * Adding an option for an outcome, changing one, and removing one after confirming. The form's "From the community
 * directory" part goes to the directory and back through {@link DirectoryChoice}.
 */
@Controller
class OptionPages {

    private static final String NEW = "/people/{id}/plan/arrange/outcomes/{outcomeId}/options/new";
    private static final String ONE = "/people/{id}/plan/arrange/options/{optionId}";
    private static final String UNKNOWN_ENTRY = "arrange.error.directoryEntry.unknown";

    private final SupportArrangements arrangements;
    private final ArrangePageParts parts;
    private final DirectoryChoice choice;

    OptionPages(SupportArrangements arrangements, ArrangePageParts parts, DirectoryChoice choice) {
        this.arrangements = arrangements;
        this.parts = parts;
        this.choice = choice;
    }

    @GetMapping(NEW)
    @PreAuthorize(PlanPages.PLANNERS)
    String blank(@PathVariable UUID id, @PathVariable UUID outcomeId, @RequestParam(required = false) String entry,
                 HttpServletRequest request, Model model) {
        return form(parts.addTo(model, id), outcomeId, null,
                choice.back(request, entry, OptionForm::new, OptionForm::new), model);
    }

    @PostMapping(path = {NEW, ONE}, params = "directory")
    @PreAuthorize(PlanPages.PLANNERS)
    String directory(@RequestParam String directory, HttpServletRequest request) {
        return choice.keep(request, directory);
    }

    @PostMapping(NEW)
    @PreAuthorize(PlanPages.PLANNERS)
    String add(@PathVariable UUID id, @PathVariable UUID outcomeId, @ModelAttribute("form") OptionForm form,
               BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        DirectoryChoice.check(form, result, UNKNOWN_ENTRY);
        return EntryChange.of(result, model, response).save(() -> {
            arrangements.add(id, outcomeId, form.draft());
            return parts.done(id, "arrange.option.added", flash);
        }, () -> form(parts.addTo(model, id), outcomeId, null, form, model));
    }

    @GetMapping(ONE)
    @PreAuthorize(PlanPages.PLANNERS)
    String edit(@PathVariable UUID id, @PathVariable UUID optionId, @RequestParam(required = false) String entry,
                HttpServletRequest request, Model model) {
        SupportOption option = arrangements.option(id, optionId);
        return form(parts.addTo(model, id), option.outcomeId(), optionId,
                choice.back(request, entry, OptionForm::new, () -> OptionForm.of(option)), model);
    }

    @PostMapping(ONE)
    @PreAuthorize(PlanPages.PLANNERS)
    String change(@PathVariable UUID id, @PathVariable UUID optionId, @ModelAttribute("form") OptionForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        DirectoryChoice.check(form, result, UNKNOWN_ENTRY);
        return EntryChange.of(result, model, response)
                .onConflict("control.conflict", () -> arrangements.option(id, optionId), SupportOption::version,
                        form::setVersion)
                .save(() -> {
                    arrangements.change(id, optionId, form.draft(), form.getVersion() == null ? -1 : form.getVersion());
                    return parts.done(id, "arrange.option.changed", flash);
                }, () -> form(parts.addTo(model, id), arrangements.option(id, optionId).outcomeId(), optionId, form,
                        model));
    }

    @GetMapping(ONE + "/remove")
    @PreAuthorize(PlanPages.PLANNERS)
    String confirmRemove(@PathVariable UUID id, @PathVariable UUID optionId, Model model) {
        SupportOption option = arrangements.option(id, optionId);
        model.addAttribute("outcome", ArrangePageParts.outcome(parts.addTo(model, id), option.outcomeId()));
        model.addAttribute("option", option);
        return "planning/arrange-remove";
    }

    @PostMapping(ONE + "/remove")
    @PreAuthorize(PlanPages.PLANNERS)
    String remove(@PathVariable UUID id, @PathVariable UUID optionId, @RequestParam long version, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        return EntryChange.remove(model, response, () -> {
            arrangements.remove(id, optionId, version);
            return parts.done(id, "arrange.option.removed", flash);
        }, () -> confirmRemove(id, optionId, model));
    }

    private String form(ArrangeView view, UUID outcomeId, UUID optionId, OptionForm form, Model model) {
        choice.addTo(model, form);
        model.addAttribute("outcome", ArrangePageParts.outcome(view, outcomeId));
        model.addAttribute("optionId", optionId);
        model.addAttribute("headingKey", optionId == null ? "arrange.option.new" : "arrange.option.change");
        model.addAttribute("form", form);
        return "planning/arrange-option";
    }
}
