package org.oneplan.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.oneplan.budget.internal.BudgetView;
import org.oneplan.budget.internal.Period;
import org.oneplan.budget.internal.SpendingLineView;
import org.oneplan.budget.internal.SpendingPlans;
import org.oneplan.budget.internal.SupportTypes;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.Whose;
import org.oneplan.web.Option;
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

/** Adding, changing and removing the spending plan's lines ("How will you spend your money?"). */
@Controller
class SpendingLinePages {

    private final BudgetPageParts parts;
    private final SpendingPlans spending;
    private final SupportTypes supportTypes;
    private final Outcomes outcomes;

    SpendingLinePages(BudgetPageParts parts, SpendingPlans spending, SupportTypes supportTypes, Outcomes outcomes) {
        this.parts = parts;
        this.spending = spending;
        this.supportTypes = supportTypes;
        this.outcomes = outcomes;
    }

    @GetMapping("/people/{id}/plan/budget/spending/new")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String blank(@PathVariable UUID id, Model model) {
        return show(id, null, new SpendingLineForm(), model);
    }

    @PostMapping("/people/{id}/plan/budget/spending/new")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String add(@PathVariable UUID id, @ModelAttribute("form") SpendingLineForm form, BindingResult result,
               Model model, HttpServletResponse response, RedirectAttributes flash) {
        return save(id, null, form, result, model, response, flash);
    }

    @GetMapping("/people/{id}/plan/budget/spending/{lineId}")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String edit(@PathVariable UUID id, @PathVariable UUID lineId, Model model) {
        return show(id, lineId, SpendingLineForm.of(spending.one(id, lineId)), model);
    }

    @PostMapping("/people/{id}/plan/budget/spending/{lineId}")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String change(@PathVariable UUID id, @PathVariable UUID lineId, @ModelAttribute("form") SpendingLineForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
        return save(id, lineId, form, result, model, response, flash);
    }

    @GetMapping("/people/{id}/plan/budget/spending/{lineId}/remove")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String confirmRemove(@PathVariable UUID id, @PathVariable UUID lineId, Model model) {
        parts.addTo(model, id);
        model.addAttribute("line", spending.one(id, lineId));
        return "budget/spending-line-remove";
    }

    @PostMapping("/people/{id}/plan/budget/spending/{lineId}/remove")
    @PreAuthorize(BudgetPageParts.PLANNERS)
    String remove(@PathVariable UUID id, @PathVariable UUID lineId, @RequestParam long version,
                  RedirectAttributes flash) {
        spending.remove(id, lineId, version);
        flash.addFlashAttribute("banner", parts.text("budget.line.removed"));
        return "redirect:" + BudgetPageParts.budgetPage(id) + "#spending";
    }

    private String save(UUID id, UUID lineId, SpendingLineForm form, BindingResult result, Model model,
                        HttpServletResponse response, RedirectAttributes flash) {
        boolean saved = parts.saved(form, result, model, response, flash, "budget.line.saved", v -> {
            SpendingLineView line = lineId == null ? spending.add(id, form.toDraft())
                    : spending.change(id, lineId, form.toDraft(), v == null ? -1 : v);
            flash.addFlashAttribute("serviceLanguage", line.serviceLanguage().stream()
                    .map(h -> parts.text(h.messageKey())).toList());
            return line;
        }, () -> {
            SpendingLineView now = spending.one(id, lineId);
            return new BudgetPageParts.Saved(now, now.words().version());
        });
        return saved ? "redirect:" + BudgetPageParts.budgetPage(id) + "#spending" : show(id, lineId, form, model);
    }

    private String show(UUID id, UUID lineId, SpendingLineForm form, Model model) {
        BudgetView b = parts.addTo(model, id);
        if (!b.expected()) {
            return BudgetPageParts.notExpected(id);
        }
        model.addAttribute("lineId", lineId);
        model.addAttribute("form", form);
        model.addAttribute("whoseOptions", parts.options("budget.whose.", Whose.values()));
        model.addAttribute("periodOptions", parts.options("budget.period.", Period.values()));
        model.addAttribute("typeOptions", supportTypes.all().stream()
                .filter(t -> !t.retired() || t.code().equals(form.getSupportType()))
                .map(t -> new Option(t.code(), t.label())).toList());
        List<Option> served = outcomes.of(id).stream().map(o -> new Option(o.id().toString(), o.words().text())).toList();
        model.addAttribute("outcomeOptions", served);
        return "budget/spending-line";
    }
}
