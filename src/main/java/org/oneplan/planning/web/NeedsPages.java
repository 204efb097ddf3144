package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.AssessedNeeds;
import org.oneplan.planning.EligibilityDecision;
import org.oneplan.planning.NeedView;
import org.oneplan.planning.NeedsView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.UnableToAchieve;
import org.oneplan.web.Option;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assessed needs: the ten eligibility outcomes as a table, one need at a time, and the eligibility decision. */
@Controller
class NeedsPages {

    private static final String BASE = "/people/{id}/plan/needs";

    private final AssessedNeeds needs;
    private final MayChangePlan mayChange;
    private final NeedsPageParts parts;

    NeedsPages(AssessedNeeds needs, NeedsPageParts parts, MayChangePlan mayChange) {
        this.mayChange = mayChange;
        this.needs = needs;
        this.parts = parts;
    }

    @GetMapping(BASE)
    @PreAuthorize(PlanPages.READERS)
    String section(@PathVariable UUID id, Model model) {
        parts.addTo(model, id);
        mayChange.addTo(model, id);
        return "planning/needs";
    }

    @GetMapping(BASE + "/eligibility")
    @PreAuthorize(PlanPages.PLANNERS)
    String eligibility(@PathVariable UUID id, Model model) {
        NeedsView view = parts.addTo(model, id);
        return eligibilityForm(EligibilityForm.of(view.eligibility()), model);
    }

    @PostMapping(BASE + "/eligibility")
    @PreAuthorize(PlanPages.PLANNERS)
    String decide(@PathVariable UUID id, @ModelAttribute("form") EligibilityForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                needs.decide(id, form.getDecision(), form.getReason(), form.getVersion());
                return parts.done(id, "needs.eligibility.saved", "#eligibility", flash);
            } catch (PlanRuleException e) {
                ControlPageParts.refused(e, result, response);
            } catch (StaleRecordException e) {
                NeedsView now = parts.addTo(model, id);
                model.addAttribute("conflict", now.eligibility());
                form.setVersion(now.eligibility() == null ? null : now.eligibility().version());
                conflict(result, response);
                return eligibilityForm(form, model);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        parts.addTo(model, id);
        return eligibilityForm(form, model);
    }

    @GetMapping(BASE + "/{code}")
    @PreAuthorize(PlanPages.PLANNERS)
    String need(@PathVariable UUID id, @PathVariable String code, Model model) {
        return needForm(need(parts.addTo(model, id), code), null, model);
    }

    @PostMapping(BASE + "/{code}")
    @PreAuthorize(PlanPages.PLANNERS)
    String record(@PathVariable UUID id, @PathVariable String code, @ModelAttribute("form") NeedForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        if (!result.hasErrors()) {
            try {
                needs.record(id, code, form.toDraft(), form.getVersion());
                return parts.done(id, "needs.need.saved", "#" + code, flash);
            } catch (PlanRuleException e) {
                ControlPageParts.refused(e, result, response);
            } catch (StaleRecordException e) {
                NeedView now = need(parts.addTo(model, id), code);
                model.addAttribute("conflict", now);
                form.setVersion(now.version());
                conflict(result, response);
                return needForm(now, form, model);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return needForm(need(parts.addTo(model, id), code), form, model);
    }

    private String needForm(NeedView need, NeedForm typed, Model model) {
        model.addAttribute("need", need);
        model.addAttribute("form", typed == null ? NeedForm.of(need) : typed);
        model.addAttribute("unableHint", parts.hint(parts.eligibility().unableToAchieve()));
        model.addAttribute("unableOptions", parts.options("needs.need.option.", UnableToAchieve.values()));
        model.addAttribute("meetOptions", List.of(new Option("true", parts.text("needs.need.councilWillMeet.true")),
                new Option("false", parts.text("needs.need.councilWillMeet.false"))));
        return "planning/need";
    }

    private String eligibilityForm(EligibilityForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("decisionHint", parts.hint(parts.eligibility().conditions()));
        model.addAttribute("decisionOptions", parts.options("needs.decision.", EligibilityDecision.values()));
        return "planning/needs-eligibility";
    }

    private static NeedView need(NeedsView view, String code) {
        return view.need(code).orElseThrow(() -> new RecordNotFoundException("Need"));
    }

    private static void conflict(BindingResult result, HttpServletResponse response) {
        result.reject("needs.conflict");
        response.setStatus(HttpServletResponse.SC_CONFLICT);
    }
}
