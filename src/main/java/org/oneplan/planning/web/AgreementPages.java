package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.oneplan.people.People;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.PlanPanel;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanState;
import org.oneplan.planning.PlanStatus;
import org.oneplan.planning.PlanVersions;
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

/** The completeness check, marking the plan ready, and recording the person's agreement. */
@Controller
class AgreementPages {

    private final PlanVersions versions;
    private final People people;
    private final MessageSource messages;
    private final List<PlanPanel> panels;
    private final MayChangePlan mayChange;

    AgreementPages(PlanVersions versions, People people, MessageSource messages, List<PlanPanel> panels,
                   MayChangePlan mayChange) {
        this.mayChange = mayChange;
        this.panels = panels;
        this.versions = versions;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/people/{id}/plan/check")
    @PreAuthorize(PlanPages.READERS)
    String check(@PathVariable UUID id, Model model) {
        model.addAttribute("person", people.findRecord(id).orElseThrow(() -> new RecordNotFoundException("Person")));
        PlanState state = versions.state(id);
        model.addAttribute("state", state);
        mayChange.addTo(model, id, state.withAuthoriser());
        model.addAttribute("panels", PlanPages.panels(panels, PlanPanel.Page.CHECK, id, state.status()));
        return "planning/check";
    }

    @PostMapping("/people/{id}/plan/ready")
    @PreAuthorize(PlanPages.PLANNERS)
    String ready(@PathVariable UUID id, RedirectAttributes flash) {
        try {
            versions.markReady(id);
            flash.addFlashAttribute("banner", text("planning.ready.done"));
            return "redirect:/people/" + id + "/plan/agreement";
        } catch (PlanRuleException e) {
            flash.addFlashAttribute("banner", text(e.messageKey()));
            return "redirect:/people/" + id + "/plan/check";
        }
    }

    @GetMapping("/people/{id}/plan/agreement")
    @PreAuthorize(PlanPages.PLANNERS)
    String agreement(@PathVariable UUID id, Model model) {
        return show(id, new AgreementForm(), model);
    }

    @PostMapping("/people/{id}/plan/agreement")
    @PreAuthorize(PlanPages.PLANNERS)
    String record(@PathVariable UUID id, @ModelAttribute("form") AgreementForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes flash) {
        if (!form.getCapturedOn().isBlank() && form.getCapturedOn().toLocalDate().isEmpty()) {
            result.rejectValue("capturedOn", "planning.agreement.error.capturedOn");
        }
        if (!result.hasErrors()) {
            try {
                PlanState state = versions.recordAgreement(id, form.toAgreement());
                flash.addFlashAttribute("banner", state.status() == PlanStatus.AGREED_AWAITING_SIGN_OFF
                        ? text("planning.agreement.awaitingSignOff") : form.getDecision().agrees()
                        ? messages.getMessage("planning.agreement.agreed", new Object[] {state.latestVersion()},
                                LocaleContextHolder.getLocale())
                        : text("planning.agreement.notAgreed"));
                return "redirect:/people/" + id + "/plan";
            } catch (PlanRuleException e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(id, form, model);
    }

    private String show(UUID id, AgreementForm form, Model model) {
        PlanState state = versions.state(id);
        model.addAttribute("person", people.findRecord(id).orElseThrow(() -> new RecordNotFoundException("Person")));
        model.addAttribute("state", state);
        model.addAttribute("ready", state.status() == PlanStatus.READY_TO_AGREE);
        model.addAttribute("form", form);
        model.addAttribute("decisions", Arrays.stream(Agreement.Decision.values())
                .map(d -> new Option(d.name(), text("planning.agreement.decision." + d.name()))).toList());
        model.addAttribute("captured", Arrays.stream(Agreement.Captured.values())
                .map(c -> new Option(c.name(), text("planning.agreement.captured." + c.name()))).toList());
        return "planning/agreement";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
