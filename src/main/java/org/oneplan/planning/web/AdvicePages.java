package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.planning.AdviceFormat;
import org.oneplan.planning.AdviceGiven;
import org.oneplan.planning.AdviceView;
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

/** Adding, changing and removing (after confirming) advice and information; they are listed on the needs page. */
@Controller
class AdvicePages {

    private static final String BASE = "/people/{id}/plan/advice";

    private final AdviceGiven advice;
    private final NeedsPageParts parts;

    AdvicePages(AdviceGiven advice, NeedsPageParts parts) {
        this.advice = advice;
        this.parts = parts;
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize(PlanPages.PLANNERS)
    String blank(@PathVariable UUID id, Model model) {
        parts.addTo(model, id);
        return form(null, new AdviceForm(), model);
    }

    @PostMapping(BASE + "/new")
    @PreAuthorize(PlanPages.PLANNERS)
    String add(@PathVariable UUID id, @ModelAttribute("form") AdviceForm form, BindingResult result, Model model,
               HttpServletResponse response, RedirectAttributes flash) {
        return save(id, null, form, result, model, response, flash);
    }

    @GetMapping(BASE + "/{adviceId}")
    @PreAuthorize(PlanPages.PLANNERS)
    String edit(@PathVariable UUID id, @PathVariable UUID adviceId, Model model) {
        parts.addTo(model, id);
        return form(adviceId, AdviceForm.of(advice.one(id, adviceId)), model);
    }

    @PostMapping(BASE + "/{adviceId}")
    @PreAuthorize(PlanPages.PLANNERS)
    String change(@PathVariable UUID id, @PathVariable UUID adviceId, @ModelAttribute("form") AdviceForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return save(id, adviceId, form, result, model, response, flash);
    }

    @GetMapping(BASE + "/{adviceId}/remove")
    @PreAuthorize(PlanPages.PLANNERS)
    String confirmRemove(@PathVariable UUID id, @PathVariable UUID adviceId, Model model) {
        parts.addTo(model, id);
        model.addAttribute("item", advice.one(id, adviceId));
        return "planning/advice-remove";
    }

    @PostMapping(BASE + "/{adviceId}/remove")
    @PreAuthorize(PlanPages.PLANNERS)
    String remove(@PathVariable UUID id, @PathVariable UUID adviceId, @RequestParam long version, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        return EntryChange.remove(model, response, () -> {
            advice.remove(id, adviceId, version);
            return parts.done(id, "advice.removed", "#advice", flash);
        }, () -> confirmRemove(id, adviceId, model));
    }

    private String save(UUID id, UUID adviceId, AdviceForm form, BindingResult result, Model model,
                        HttpServletResponse response, RedirectAttributes flash) {
        if (form.dateTypedButNotReal()) {
            result.rejectValue("givenOn", "advice.error.givenOn.real");
        }
        return EntryChange.of(result, model, response)
                .onConflict("needs.conflict", () -> advice.one(id, adviceId), AdviceView::version, form::setVersion)
                .save(() -> {
                    if (adviceId == null) {
                        advice.add(id, form.toDraft());
                    } else {
                        advice.change(id, adviceId, form.toDraft(), form.getVersion());
                    }
                    return parts.done(id, adviceId == null ? "advice.added" : "advice.changed", "#advice", flash);
                }, () -> {
                    parts.addTo(model, id);
                    return form(adviceId, form, model);
                });
    }

    private String form(UUID adviceId, AdviceForm form, Model model) {
        model.addAttribute("adviceId", adviceId);
        model.addAttribute("headingKey", adviceId == null ? "advice.new" : "advice.change");
        model.addAttribute("form", form);
        model.addAttribute("formatOptions", parts.options("advice.format.", AdviceFormat.values()));
        return "planning/advice";
    }
}
