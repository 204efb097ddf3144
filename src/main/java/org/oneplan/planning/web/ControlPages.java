package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.ControlView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.StayingInControl;
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

/** Question 6, "How will you stay in control?": the section page, and who the plan is shared with. */
@Controller
class ControlPages {

    private final StayingInControl control;
    private final MayChangePlan mayChange;
    private final ControlPageParts parts;

    ControlPages(StayingInControl control, ControlPageParts parts, MayChangePlan mayChange) {
        this.mayChange = mayChange;
        this.control = control;
        this.parts = parts;
    }

    @GetMapping("/people/{id}/plan/control")
    @PreAuthorize(PlanPages.READERS)
    String section(@PathVariable UUID id, Model model) {
        parts.addTo(model, id);
        mayChange.addTo(model, id);
        model.addAttribute("lists", ControlList.values());
        return "planning/control";
    }

    @GetMapping("/people/{id}/plan/control/sharing")
    @PreAuthorize(PlanPages.PLANNERS)
    String sharing(@PathVariable UUID id, Model model) {
        ControlView view = parts.addTo(model, id);
        model.addAttribute("form", view.sharing() == null ? new SharingForm() : SharingForm.of(view.sharing()));
        return "planning/control-sharing";
    }

    @PostMapping("/people/{id}/plan/control/sharing")
    @PreAuthorize(PlanPages.PLANNERS)
    String share(@PathVariable UUID id, @ModelAttribute("form") SharingForm form, BindingResult result, Model model,
                 HttpServletResponse response, RedirectAttributes flash) {
        try {
            control.share(id, form.getText(), form.getWhose(), form.getWhoseName(), form.isNoRisksDiscussed(),
                    form.getVersion());
            return parts.done(id, "control.sharing.saved", flash);
        } catch (PlanRuleException e) {
            ControlPageParts.refused(e, result, response);
            parts.addTo(model, id);
        } catch (StaleRecordException e) {
            ControlView now = parts.addTo(model, id);
            if (now.sharing() != null) {
                model.addAttribute("conflict", now.sharing().words());
                form.setVersion(now.sharing().words().version());
            }
            result.reject("control.conflict");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return "planning/control-sharing";
    }
}
