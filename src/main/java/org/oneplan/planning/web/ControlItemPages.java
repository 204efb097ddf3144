package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.planning.ControlItem;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.ControlView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.StayingInControl;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, changing and removing (after confirming) a risk or a contingency plan: {list} is their slug. */
@Controller
class ControlItemPages {

    private static final String BASE = "/people/{id}/plan/control/{list}";

    private final StayingInControl control;
    private final ControlPageParts parts;

    ControlItemPages(StayingInControl control, ControlPageParts parts) {
        this.control = control;
        this.parts = parts;
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize(PlanPages.PLANNERS)
    String blank(@PathVariable UUID id, @PathVariable String list, Model model) {
        ControlList l = ControlPageParts.list(list);
        parts.addTo(model, id);
        return form(l, null, new ControlItemForm(), model);
    }

    @PostMapping(BASE + "/new")
    @PreAuthorize(PlanPages.PLANNERS)
    String add(@PathVariable UUID id, @PathVariable String list, @ModelAttribute("form") ControlItemForm form,
               BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        ControlList l = ControlPageParts.list(list);
        try {
            control.add(id, l, form.text());
            return parts.done(id, "control." + l.slug() + ".added", flash);
        } catch (PlanRuleException e) {
            ControlPageParts.refused(e, result, response);
            parts.addTo(model, id);
            return form(l, null, form, model);
        }
    }

    @GetMapping(BASE + "/{itemId}")
    @PreAuthorize(PlanPages.PLANNERS)
    String edit(@PathVariable UUID id, @PathVariable String list, @PathVariable UUID itemId, Model model) {
        ControlList l = ControlPageParts.list(list);
        return form(l, itemId, ControlItemForm.of(item(parts.addTo(model, id), l, itemId)), model);
    }

    @PostMapping(BASE + "/{itemId}")
    @PreAuthorize(PlanPages.PLANNERS)
    String change(@PathVariable UUID id, @PathVariable String list, @PathVariable UUID itemId,
                  @ModelAttribute("form") ControlItemForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        ControlList l = ControlPageParts.list(list);
        try {
            control.change(id, l, itemId, form.text(), form.getVersion() == null ? -1 : form.getVersion());
            return parts.done(id, "control." + l.slug() + ".changed", flash);
        } catch (PlanRuleException e) {
            ControlPageParts.refused(e, result, response);
            parts.addTo(model, id);
        } catch (StaleRecordException e) {
            ControlItem now = item(parts.addTo(model, id), l, itemId);
            model.addAttribute("conflict", now);
            form.setVersion(now.version());
            result.reject("control.conflict");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return form(l, itemId, form, model);
    }

    @GetMapping(BASE + "/{itemId}/remove")
    @PreAuthorize(PlanPages.PLANNERS)
    String confirmRemove(@PathVariable UUID id, @PathVariable String list, @PathVariable UUID itemId, Model model) {
        model.addAttribute("item", item(parts.addTo(model, id), ControlPageParts.list(list), itemId));
        return "planning/control-remove";
    }

    @PostMapping(BASE + "/{itemId}/remove")
    @PreAuthorize(PlanPages.PLANNERS)
    String remove(@PathVariable UUID id, @PathVariable String list, @PathVariable UUID itemId,
                  @RequestParam long version, Model model, HttpServletResponse response, RedirectAttributes flash) {
        ControlList l = ControlPageParts.list(list);
        try {
            control.remove(id, l, itemId, version);
            return parts.done(id, "control." + l.slug() + ".removed", flash);
        } catch (StaleRecordException e) {
            model.addAttribute("conflict", true);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return confirmRemove(id, list, itemId, model);
        }
    }

    private static String form(ControlList list, UUID itemId, ControlItemForm form, Model model) {
        model.addAttribute("list", list);
        model.addAttribute("itemId", itemId);
        model.addAttribute("headingKey", "control." + list.slug() + (itemId == null ? ".new" : ".change"));
        model.addAttribute("form", form);
        return "planning/control-item";
    }

    private static ControlItem item(ControlView view, ControlList list, UUID itemId) {
        return view.items(list).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Plan item"));
    }
}
