package org.oneplan.selfassessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.selfassessment.AssessmentRuleException;
import org.oneplan.selfassessment.Framework;
import org.oneplan.selfassessment.FrameworkItem;
import org.oneplan.selfassessment.internal.Assessment;
import org.oneplan.selfassessment.internal.SelfAssessments;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.StaleRecordException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Working through an assessment: the task list, one page per item, check answers and submit, results. */
@Controller
class AssessmentWorkPages {

    private final SelfAssessments assessments;
    private final MessageSource messages;

    AssessmentWorkPages(SelfAssessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    @GetMapping("/self-assessment/{id}")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String tasks(@PathVariable UUID id, Model model) {
        Assessment a = assessments.read(id);
        model.addAttribute("assessment", a);
        model.addAttribute("tasks", AssessmentTasks.of(a, assessments.framework(a), messages));
        return "selfassessment/tasks";
    }

    @GetMapping("/self-assessment/{id}/items/{code}")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String item(@PathVariable UUID id, @PathVariable String code, Model model) {
        Assessment a = assessments.read(id);
        return showItem(a, code, a.answerFor(code).map(AnswerForm::of).orElseGet(AnswerForm::new), model);
    }

    @PostMapping("/self-assessment/{id}/items/{code}")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String answer(@PathVariable UUID id, @PathVariable String code, @ModelAttribute("form") AnswerForm form,
                  BindingResult result, @RequestParam(defaultValue = "continue") String action, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        if (form.getLevel() == null && !result.hasFieldErrors("level")) {
            result.rejectValue("level", "selfassessment.error.level.required");
        }
        if (!result.hasErrors()) {
            try {
                assessments.answer(id, code, form.getLevel(), form.getNote(), form.getEvidence(),
                        form.isCumulativeConfirmed(), form.getVersion());
                return "redirect:" + next(id, code, action);
            } catch (AssessmentRuleException e) {
                if ("status".equals(e.field())) {
                    flash.addFlashAttribute("banner", text(e.messageKey()));
                    return "redirect:/self-assessment/" + id;
                }
                result.rejectValue(e.field().equals("itemCode") ? "level" : e.field(), e.messageKey());
            } catch (StaleRecordException e) {
                Assessment current = assessments.read(id);
                current.answerFor(code).ifPresent(saved -> {
                    model.addAttribute("conflict", saved);
                    form.setVersion(saved.version());
                });
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return showItem(current, code, form, model);
            }
        }
        return showItem(assessments.read(id), code, form, model);
    }

    @GetMapping("/self-assessment/{id}/check")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String check(@PathVariable UUID id, Model model) {
        Assessment a = assessments.read(id);
        model.addAttribute("assessment", a);
        model.addAttribute("results", assessments.results(a));
        return "selfassessment/check";
    }

    @PostMapping("/self-assessment/{id}/submit")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String submit(@PathVariable UUID id, Model model, RedirectAttributes flash) {
        try {
            assessments.submit(id);
        } catch (AssessmentRuleException e) {
            model.addAttribute("problem", text(e.messageKey()));
            return check(id, model);
        }
        flash.addFlashAttribute("banner", text("selfassessment.submitted"));
        return "redirect:/self-assessment/" + id + "/results";
    }

    @GetMapping("/self-assessment/{id}/results")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String results(@PathVariable UUID id, Model model) {
        Assessment a = assessments.read(id);
        model.addAttribute("assessment", a);
        var results = assessments.results(a);
        model.addAttribute("results", results);
        model.addAttribute("chart", BarChart.of(results));
        model.addAttribute("changes", assessments.previous(a).map(p -> Changes.between(results, assessments.results(p),
                p.name(), messages)).orElse(null));
        return "selfassessment/results";
    }

    @GetMapping(value = "/self-assessment/{id}/results.csv", produces = "text/csv")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    org.springframework.http.ResponseEntity<String> csv(@PathVariable UUID id) {
        Assessment a = assessments.read(id);
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"self-assessment-" + a.assessedOn() + ".csv\"")
                .contentType(new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(ResultsCsv.of(assessments.results(a)));
    }

    private String showItem(Assessment a, String code, AnswerForm form, Model model) {
        Framework framework = assessments.framework(a);
        FrameworkItem item = framework.item(code).orElseThrow(() -> new RecordNotFoundException("Item"));
        var section = framework.sections().stream().filter(s -> s.items().contains(item)).findFirst().orElseThrow();
        model.addAttribute("assessment", a);
        model.addAttribute("item", item);
        model.addAttribute("section", section);
        model.addAttribute("stage", section.stages().stream()
                .filter(s -> item.stage() != null && s.number() == item.stage()).findFirst().orElse(null));
        model.addAttribute("levelOptions", item.statements().stream()
                .map(s -> new org.oneplan.web.Option(Integer.toString(s.level()), s.text())).toList());
        model.addAttribute("form", form);
        model.addAttribute("readOnly", a.status() == Assessment.Status.SUBMITTED);
        return "selfassessment/item";
    }

    private String next(UUID id, String code, String action) {
        if (!"continue".equals(action)) {
            return "/self-assessment/" + id;
        }
        Framework framework = assessments.framework(assessments.read(id));
        var codes = framework.items().map(FrameworkItem::code).toList();
        int at = codes.indexOf(code);
        return at + 1 < codes.size() ? "/self-assessment/" + id + "/items/" + codes.get(at + 1)
                : "/self-assessment/" + id + "/check";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
