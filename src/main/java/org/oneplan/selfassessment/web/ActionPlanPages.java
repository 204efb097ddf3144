package org.oneplan.selfassessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.oneplan.selfassessment.AssessmentRuleException;
import org.oneplan.selfassessment.internal.ActionPlan;
import org.oneplan.selfassessment.internal.ActionPlans;
import org.oneplan.selfassessment.internal.Assessment;
import org.oneplan.selfassessment.internal.SelfAssessments;
import org.oneplan.web.Option;
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

/** The team's priorities and their detailed action plans, with first steps tracked to done. */
@Controller
class ActionPlanPages {

    private final ActionPlans plans;
    private final SelfAssessments assessments;
    private final MessageSource messages;

    ActionPlanPages(ActionPlans plans, SelfAssessments assessments, MessageSource messages) {
        this.plans = plans;
        this.assessments = assessments;
        this.messages = messages;
    }

    @GetMapping("/self-assessment/{id}/plans")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String list(@PathVariable UUID id, Model model) {
        Assessment a = assessments.read(id);
        List<ActionPlan> existing = plans.of(id);
        model.addAttribute("assessment", a);
        model.addAttribute("plans", existing);
        model.addAttribute("titles", assessments.framework(a));
        model.addAttribute("today", plans.today());
        model.addAttribute("choices", assessments.results(a).biggestOpportunitiesFirst().stream()
                .filter(i -> i.answered() && existing.stream().noneMatch(p -> p.itemCode().equals(i.item().code())))
                .map(i -> new Option(i.item().code(),
                        text("selfassessment.plans.choice", i.item().code(), i.item().title(), i.level()))).toList());
        return "selfassessment/plans";
    }

    @PostMapping("/self-assessment/{id}/plans")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String prioritise(@PathVariable UUID id, @RequestParam(required = false) String itemCode, Model model,
                      HttpServletResponse response) {
        try {
            if (itemCode == null || itemCode.isBlank()) {
                throw new AssessmentRuleException("itemCode", "selfassessment.error.plan.choose");
            }
            ActionPlan plan = plans.prioritise(id, itemCode);
            return "redirect:/self-assessment/" + id + "/plans/" + plan.id();
        } catch (AssessmentRuleException e) {
            model.addAttribute("problem", text(e.messageKey()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return list(id, model);
        }
    }

    @PostMapping("/self-assessment/{id}/plans/{planId}/raise")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String raise(@PathVariable UUID id, @PathVariable UUID planId, RedirectAttributes flash) {
        plans.raise(id, planId);
        flash.addFlashAttribute("banner", text("selfassessment.plans.reordered"));
        return "redirect:/self-assessment/" + id + "/plans";
    }

    @GetMapping("/self-assessment/{id}/plans/{planId}")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String plan(@PathVariable UUID id, @PathVariable UUID planId, Model model) {
        ActionPlan plan = plans.plan(id, planId);
        return show(id, plan, PlanForm.of(plan), new StepForm(), model);
    }

    @PostMapping("/self-assessment/{id}/plans/{planId}")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String describe(@PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute("form") PlanForm form,
                    BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        form.check(result);
        if (!result.hasErrors()) {
            try {
                plans.describe(id, planId, form.getVersion(), form.toDetails());
                flash.addFlashAttribute("banner", text("selfassessment.plan.saved"));
                return "redirect:/self-assessment/" + id + "/plans/" + planId;
            } catch (StaleRecordException e) {
                result.reject("selfassessment.plan.conflict");
                form.setVersion(plans.plan(id, planId).version());
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return show(id, plans.plan(id, planId), form, new StepForm(), model);
            } catch (AssessmentRuleException e) {
                result.reject(e.messageKey());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(id, plans.plan(id, planId), form, new StepForm(), model);
    }

    @PostMapping("/self-assessment/{id}/plans/{planId}/steps")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String addStep(@PathVariable UUID id, @PathVariable UUID planId, @ModelAttribute("step") StepForm step,
                   BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        step.check(result);
        if (!result.hasErrors()) {
            plans.addStep(id, planId, step.getDescription(), step.getOwner(), step.getDue().toLocalDate().orElseThrow());
            flash.addFlashAttribute("banner", text("selfassessment.steps.added"));
            return "redirect:/self-assessment/" + id + "/plans/" + planId + "#steps";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        ActionPlan plan = plans.plan(id, planId);
        return show(id, plan, PlanForm.of(plan), step, model);
    }

    @PostMapping("/self-assessment/{id}/plans/{planId}/steps/{stepId}")
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    String moveStep(@PathVariable UUID id, @PathVariable UUID planId, @PathVariable UUID stepId,
                    @RequestParam ActionPlan.StepStatus status, RedirectAttributes flash) {
        plans.moveStep(id, planId, stepId, status);
        flash.addFlashAttribute("banner", text("selfassessment.steps.updated"));
        return "redirect:/self-assessment/" + id + "/plans/" + planId + "#steps";
    }

    private String show(UUID id, ActionPlan plan, PlanForm form, StepForm step, Model model) {
        Assessment a = assessments.read(id);
        model.addAttribute("form", form);
        model.addAttribute("step", step);
        model.addAttribute("assessment", a);
        model.addAttribute("plan", plan);
        model.addAttribute("item", assessments.framework(a).item(plan.itemCode()).orElseThrow());
        model.addAttribute("today", plans.today());
        model.addAttribute("statuses", ActionPlan.StepStatus.values());
        return "selfassessment/plan";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
