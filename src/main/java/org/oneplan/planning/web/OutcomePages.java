package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.people.People;
import org.oneplan.planning.EligibilityOutcomes;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Outcomes;
import org.oneplan.web.Option;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, changing and removing the outcomes the person wants (question 2). */
@Controller
class OutcomePages {

    private final Outcomes outcomes;
    private final People people;
    private final EligibilityOutcomes eligibility;
    private final MessageSource messages;

    OutcomePages(Outcomes outcomes, People people, EligibilityOutcomes eligibility, MessageSource messages) {
        this.outcomes = outcomes;
        this.people = people;
        this.eligibility = eligibility;
        this.messages = messages;
    }

    @GetMapping("/people/{id}/plan/outcomes/new")
    @PreAuthorize(PlanPages.PLANNERS)
    String blank(@PathVariable UUID id, Model model) {
        return show(id, null, new OutcomeForm(), model);
    }

    @PostMapping("/people/{id}/plan/outcomes/new")
    @PreAuthorize(PlanPages.PLANNERS)
    String add(@PathVariable UUID id, @ModelAttribute("form") OutcomeForm form, BindingResult result, Model model,
               HttpServletResponse response, RedirectAttributes flash) {
        return save(id, null, form, result, model, response, flash);
    }

    @GetMapping("/people/{id}/plan/outcomes/{outcomeId}")
    @PreAuthorize(PlanPages.PLANNERS)
    String edit(@PathVariable UUID id, @PathVariable UUID outcomeId, Model model) {
        return show(id, outcomeId, OutcomeForm.of(outcomes.one(id, outcomeId)), model);
    }

    @PostMapping("/people/{id}/plan/outcomes/{outcomeId}")
    @PreAuthorize(PlanPages.PLANNERS)
    String change(@PathVariable UUID id, @PathVariable UUID outcomeId, @ModelAttribute("form") OutcomeForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return save(id, outcomeId, form, result, model, response, flash);
    }

    @GetMapping("/people/{id}/plan/outcomes/{outcomeId}/remove")
    @PreAuthorize(PlanPages.PLANNERS)
    String confirmRemove(@PathVariable UUID id, @PathVariable UUID outcomeId, Model model) {
        model.addAttribute("person", person(id));
        model.addAttribute("outcome", outcomes.one(id, outcomeId));
        return "planning/outcome-remove";
    }

    @PostMapping("/people/{id}/plan/outcomes/{outcomeId}/remove")
    @PreAuthorize(PlanPages.PLANNERS)
    String remove(@PathVariable UUID id, @PathVariable UUID outcomeId, RedirectAttributes flash) {
        outcomes.remove(id, outcomeId);
        flash.addFlashAttribute("banner", text("planning.outcome.removed"));
        return "redirect:/people/" + id + "/plan#change";
    }

    private String save(UUID id, UUID outcomeId, OutcomeForm form, BindingResult result, Model model,
                        HttpServletResponse response, RedirectAttributes flash) {
        if (form.dateTypedButNotReal()) {
            result.rejectValue("targetDate", "planning.outcome.error.targetDate.real");
        }
        return EntryChange.of(result, model, response)
                .onConflict("planning.answer.conflict", () -> outcomes.one(id, outcomeId), o -> o.words().version(),
                        form::setVersion)
                .save(() -> {
                    OutcomeView saved = outcomeId == null ? outcomes.add(id, form.toDraft())
                            : outcomes.change(id, outcomeId, form.toDraft(), form.getVersion());
                    flash.addFlashAttribute("banner", text("planning.outcome.saved"));
                    flash.addFlashAttribute("serviceLanguage", saved.serviceLanguage().stream()
                            .map(h -> text(h.messageKey())).toList());
                    return "redirect:/people/" + id + "/plan#change";
                }, () -> show(id, outcomeId, form, model));
    }

    private String show(UUID id, UUID outcomeId, OutcomeForm form, Model model) {
        model.addAttribute("person", person(id));
        model.addAttribute("outcomeId", outcomeId);
        model.addAttribute("form", form);
        model.addAttribute("whoseOptions", PlanPages.whoseOptions(messages));
        model.addAttribute("needOptions", eligibility.all().stream()
                .map(o -> new Option(o.code(), o.label())).toList());
        return "planning/outcome";
    }

    private org.oneplan.people.PersonRecord person(UUID id) {
        return people.findRecord(id).orElseThrow(() -> new RecordNotFoundException("Person"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
