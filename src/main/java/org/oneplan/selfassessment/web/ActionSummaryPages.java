package org.oneplan.selfassessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.selfassessment.AssessmentRuleException;
import org.oneplan.selfassessment.ItemResult;
import org.oneplan.selfassessment.Results;
import org.oneplan.selfassessment.Statement;
import org.oneplan.selfassessment.internal.Assessment;
import org.oneplan.selfassessment.internal.SelfAssessments;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The summary of actions (Progress section 4): for each item below 5, what the team wants to work
 * towards, starting from the next statement's words.
 */
@Controller
class ActionSummaryPages {

    private final SelfAssessments assessments;
    private final MessageSource messages;

    ActionSummaryPages(SelfAssessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    /** The typed texts, by item code. */
    public static class ActionsForm {
        private Map<String, String> workTowards = new LinkedHashMap<>();

        public Map<String, String> getWorkTowards() { return workTowards; }
        public void setWorkTowards(Map<String, String> workTowards) { this.workTowards = workTowards; }
    }

    public record Row(String code, String title, int level, String text) {
    }

    @GetMapping("/self-assessment/{id}/actions")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String show(@PathVariable UUID id, Model model) {
        return page(assessments.read(id), Map.of(), null, model);
    }

    @PostMapping("/self-assessment/{id}/actions")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String save(@PathVariable UUID id, @ModelAttribute ActionsForm form, Model model, RedirectAttributes flash) {
        try {
            assessments.summariseActions(id, form.getWorkTowards());
        } catch (AssessmentRuleException e) {
            return page(assessments.read(id), form.getWorkTowards(), messages.getMessage(e.messageKey(), null,
                    LocaleContextHolder.getLocale()) + " (" + e.field() + ")", model);
        }
        flash.addFlashAttribute("banner", messages.getMessage("selfassessment.actions.saved", null,
                LocaleContextHolder.getLocale()));
        return "redirect:/self-assessment/" + id + "/actions";
    }

    private String page(Assessment a, Map<String, String> typed, String problem, Model model) {
        model.addAttribute("assessment", a);
        model.addAttribute("rows", rows(a, assessments.results(a), typed));
        model.addAttribute("problem", problem);
        return "selfassessment/actions";
    }

    /** Every answered item below 5, biggest opportunities first, with the typed, saved or next words. */
    static List<Row> rows(Assessment a, Results results, Map<String, String> typed) {
        return results.biggestOpportunitiesFirst().stream()
                .filter(i -> i.answered() && i.level() < 5)
                .map(i -> new Row(i.item().code(), i.item().title(), i.level(), typed.getOrDefault(i.item().code(),
                        saved(a, i)))).toList();
    }

    private static String saved(Assessment a, ItemResult i) {
        String own = a.answerFor(i.item().code()).map(x -> x.workTowards()).orElse(null);
        return own != null ? own : i.nextStatement().map(Statement::text).orElse("");
    }
}
