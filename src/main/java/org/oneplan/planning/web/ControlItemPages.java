package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.planning.ControlItem;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.StayingInControl;
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
        return form(id, l, null, new ControlItemForm(), model);
    }

    @PostMapping(BASE + "/new")
    @PreAuthorize(PlanPages.PLANNERS)
    String add(@PathVariable UUID id, @PathVariable String list, @ModelAttribute("form") ControlItemForm form,
               BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        ControlList l = ControlPageParts.list(list);
        return EntryChange.of(result, model, response).save(() -> {
            control.add(id, l, form.text());
            return parts.done(id, "control." + l.slug() + ".added", flash);
        }, () -> form(id, l, null, form, model));
    }

    @GetMapping(BASE + "/{itemId}")
    @PreAuthorize(PlanPages.PLANNERS)
    String edit(@PathVariable UUID id, @PathVariable String list, @PathVariable UUID itemId, Model model) {
        ControlList l = ControlPageParts.list(list);
        return form(id, l, itemId, ControlItemForm.of(control.item(id, l, itemId)), model);
    }

    @PostMapping(BASE + "/{itemId}")
    @PreAuthorize(PlanPages.PLANNERS)
    String change(@PathVariable UUID id, @PathVariable String list, @PathVariable UUID itemId,
                  @ModelAttribute("form") ControlItemForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        ControlList l = ControlPageParts.list(list);
        return EntryChange.of(result, model, response)
                .onConflict("control.conflict", () -> control.item(id, l, itemId), ControlItem::version,
                        form::setVersion)
                .save(() -> {
                    control.change(id, l, itemId, form.text(), form.getVersion() == null ? -1 : form.getVersion());
                    return parts.done(id, "control." + l.slug() + ".changed", flash);
                }, () -> form(id, l, itemId, form, model));
    }

    @GetMapping(BASE + "/{itemId}/remove")
    @PreAuthorize(PlanPages.PLANNERS)
    String confirmRemove(@PathVariable UUID id, @PathVariable String list, @PathVariable UUID itemId, Model model) {
        parts.addTo(model, id);
        model.addAttribute("item", control.item(id, ControlPageParts.list(list), itemId));
        return "planning/control-remove";
    }

    @PostMapping(BASE + "/{itemId}/remove")
    @PreAuthorize(PlanPages.PLANNERS)
    String remove(@PathVariable UUID id, @PathVariable String list, @PathVariable UUID itemId,
                  @RequestParam long version, Model model, HttpServletResponse response, RedirectAttributes flash) {
        ControlList l = ControlPageParts.list(list);
        return EntryChange.remove(model, response, () -> {
            control.remove(id, l, itemId, version);
            return parts.done(id, "control." + l.slug() + ".removed", flash);
        }, () -> confirmRemove(id, list, itemId, model));
    }

    /** The form for one risk or contingency plan, with the person and their section. */
    private String form(UUID id, ControlList list, UUID itemId, ControlItemForm form, Model model) {
        parts.addTo(model, id);
        model.addAttribute("list", list);
        model.addAttribute("itemId", itemId);
        model.addAttribute("headingKey", "control." + list.slug() + (itemId == null ? ".new" : ".change"));
        model.addAttribute("form", form);
        return "planning/control-item";
    }
}
