package org.oneplan.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.oneplan.budget.internal.SupportTypeView;
import org.oneplan.budget.internal.SupportTypes;
import org.oneplan.web.Option;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The support types reference list for administrators (a system administrator, or a team's administrator):
 * add a type, rename it, mark it traditional or not, retire it or bring it back. Types are never deleted.
 */
@Controller
class SupportTypePages {

    static final String ADMINS = "hasAnyRole('SYSTEM_ADMIN','ADMINISTRATOR')";
    private static final String LIST = "/admin/support-types";

    private final SupportTypes types;
    private final BudgetPageParts parts;

    SupportTypePages(SupportTypes types, BudgetPageParts parts) {
        this.types = types;
        this.parts = parts;
    }

    @GetMapping(LIST)
    @PreAuthorize(ADMINS)
    String list(Model model) {
        model.addAttribute("types", types.all());
        return "budget/support-types";
    }

    @GetMapping(LIST + "/new")
    @PreAuthorize(ADMINS)
    String blank(Model model) {
        return show(null, new SupportTypeForm(), model);
    }

    @PostMapping(LIST + "/new")
    @PreAuthorize(ADMINS)
    String add(@ModelAttribute("form") SupportTypeForm form, BindingResult result, Model model,
               HttpServletResponse response, RedirectAttributes flash) {
        return parts.saved(form, result, model, response, flash, "budget.supportType.saved",
                v -> types.add(form.getLabel(), traditional(form)), () -> null)
                ? "redirect:" + LIST : show(null, form, model);
    }

    @GetMapping(LIST + "/{typeId}")
    @PreAuthorize(ADMINS)
    String edit(@PathVariable UUID typeId, Model model) {
        SupportTypeView type = types.one(typeId);
        return show(type, SupportTypeForm.of(type), model);
    }

    @PostMapping(LIST + "/{typeId}")
    @PreAuthorize(ADMINS)
    String change(@PathVariable UUID typeId, @ModelAttribute("form") SupportTypeForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes flash) {
        return parts.saved(form, result, model, response, flash, "budget.supportType.saved",
                v -> types.change(typeId, form.getLabel(), traditional(form), v == null ? -1 : v), () -> {
                    SupportTypeView now = types.one(typeId);
                    return new BudgetPageParts.Saved(now, now.version());
                }) ? "redirect:" + LIST : show(types.one(typeId), form, model);
    }

    @PostMapping(LIST + "/{typeId}/retire")
    @PreAuthorize(ADMINS)
    String retire(@PathVariable UUID typeId, RedirectAttributes flash) {
        types.retire(typeId, true);
        flash.addFlashAttribute("banner", parts.text("budget.supportType.retired"));
        return "redirect:" + LIST;
    }

    @PostMapping(LIST + "/{typeId}/reinstate")
    @PreAuthorize(ADMINS)
    String reinstate(@PathVariable UUID typeId, RedirectAttributes flash) {
        types.retire(typeId, false);
        flash.addFlashAttribute("banner", parts.text("budget.supportType.reinstated"));
        return "redirect:" + LIST;
    }

    private static boolean traditional(SupportTypeForm form) {
        if (form.getTraditional() == null) {
            throw new org.oneplan.budget.internal.BudgetRuleException("traditional",
                    "budget.error.supportType.traditional.required");
        }
        return form.getTraditional();
    }

    private String show(SupportTypeView type, SupportTypeForm form, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("form", form);
        model.addAttribute("traditionalOptions", List.of(new Option("true", parts.text("budget.supportType.traditional.yes")),
                new Option("false", parts.text("budget.supportType.traditional.no"))));
        return "budget/support-type";
    }
}
