package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.UUID;
import org.oneplan.people.People;
import org.oneplan.planning.BudgetAnswer;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.MoneyView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.SpendingMoney;
import org.oneplan.web.Option;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Question 4, "How will you spend your money?": for now, whether there will be a personal budget. */
@Controller
class MoneyPages {

    private final SpendingMoney money;
    private final CarePlans plans;
    private final People people;
    private final MessageSource messages;

    MoneyPages(SpendingMoney money, CarePlans plans, People people, MessageSource messages) {
        this.money = money;
        this.plans = plans;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/people/{id}/plan/money")
    @PreAuthorize(PlanPages.PLANNERS)
    String question(@PathVariable UUID id, Model model) {
        MoneyForm form = money.find(id).map(MoneyForm::of).orElseGet(MoneyForm::new);
        return show(id, form, model);
    }

    @PostMapping("/people/{id}/plan/money")
    @PreAuthorize(PlanPages.PLANNERS)
    String answer(@PathVariable UUID id, @ModelAttribute("form") MoneyForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes flash) {
        try {
            money.answer(id, form.getBudget(), form.getNote(), form.getVersion());
            flash.addFlashAttribute("banner", text("money.saved"));
            return "redirect:/people/" + id + "/plan#money";
        } catch (PlanRuleException e) {
            ControlPageParts.refused(e, result, response);
        } catch (StaleRecordException e) {
            MoneyView now = money.find(id).orElseThrow();
            model.addAttribute("conflict", now);
            form.setVersion(now.version());
            result.reject("planning.answer.conflict");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return show(id, form, model);
    }

    private String show(UUID id, MoneyForm form, Model model) {
        plans.find(id).orElseThrow(() -> new RecordNotFoundException("Plan"));
        model.addAttribute("person", people.findRecord(id).orElseThrow(() -> new RecordNotFoundException("Person")));
        model.addAttribute("form", form);
        model.addAttribute("budgetOptions", Arrays.stream(BudgetAnswer.values())
                .map(b -> new Option(b.name(), text("money.budget." + b.name()))).toList());
        return "planning/money";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
