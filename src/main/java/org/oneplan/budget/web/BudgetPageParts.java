package org.oneplan.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.oneplan.budget.internal.BudgetRuleException;
import org.oneplan.budget.internal.BudgetView;
import org.oneplan.budget.internal.MoneyWords;
import org.oneplan.budget.internal.PersonalBudgets;
import org.oneplan.budget.internal.SupportTypes;
import org.oneplan.people.People;
import org.oneplan.planning.EligibilityOutcomes;
import org.oneplan.planning.Outcomes;
import org.oneplan.web.Option;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.StaleRecordException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the budget's pages share: the person and their budget on a page, saving a part of the budget (a refusal
 * shown by its field with a 400; someone else's newer change shown beside what was typed, with a 409), radio
 * options from enums, and the way back to the budget page.
 */
@Component
class BudgetPageParts {

    static final String READERS = "isAuthenticated()";
    static final String PLANNERS = "hasAnyRole('COORDINATOR','ADMINISTRATOR','MANAGER')";

    private final PersonalBudgets budgets;
    private final People people;
    private final MoneyWords words;
    private final Map<String, String> needLabels = new LinkedHashMap<>();
    private final MessageSource messages;
    private final Outcomes outcomes;
    private final SupportTypes supportTypes;

    BudgetPageParts(PersonalBudgets budgets, People people, MoneyWords words, EligibilityOutcomes eligibility,
                    MessageSource messages, Outcomes outcomes, SupportTypes supportTypes) {
        this.outcomes = outcomes;
        this.supportTypes = supportTypes;
        eligibility.all().forEach(o -> needLabels.put(o.code(), o.label()));
        this.budgets = budgets;
        this.people = people;
        this.words = words;
        this.messages = messages;
    }

    /**
     * The person, their budget, the money words and the assessed needs' labels on the page; 404 when the plan has
     * not been started.
     */
    BudgetView addTo(Model model, UUID personId) {
        BudgetView view = budgets.find(personId);
        model.addAttribute("person", people.findRecord(personId).orElseThrow(() -> new RecordNotFoundException("Person")));
        model.addAttribute("budget", view);
        model.addAttribute("words", words);
        model.addAttribute("needLabels", needLabels);
        return view;
    }

    /** What the spending plan's card shows: the plan's outcomes, the lines serving none of them, the support types. */
    void addSpending(Model model, UUID personId, BudgetView budget) {
        Map<UUID, String> served = new LinkedHashMap<>();
        outcomes.of(personId).forEach(o -> served.put(o.id(), o.words().text()));
        model.addAttribute("outcomes", served);
        model.addAttribute("orphanLines", budget.lines().stream()
                .filter(l -> l.outcomeIds().stream().noneMatch(served::containsKey)).map(l -> l.id()).toList());
        model.addAttribute("supportTypes", supportTypes.byCode());
    }

    static String budgetPage(UUID personId) {
        return "/people/" + personId + "/plan/budget";
    }

    /** Where a part's page sends a planner when the plan does not say there will be a budget. */
    static String notExpected(UUID personId) {
        return "redirect:" + budgetPage(personId);
    }

    /** What is saved now, shown when someone else saved first, and its version. */
    record Saved(Object value, Long version) {
    }

    /** The person's budget as saved now. */
    Saved budgetNow(UUID personId) {
        BudgetView now = budgets.find(personId);
        return new Saved(now, now.version());
    }

    /**
     * Saves through {@code write} (given the version the writer saw) unless the form already has errors; true
     * when saved, with a banner for the budget page; otherwise the refusal, or what is saved {@code now} beside
     * what was typed, is on the page.
     */
    boolean saved(VersionedForm form, BindingResult result, Model model, HttpServletResponse response,
                  RedirectAttributes flash, String bannerKey, Function<Long, ?> write, Supplier<Saved> now) {
        if (!result.hasErrors()) {
            try {
                write.apply(form.getVersion());
                flash.addFlashAttribute("banner", text(bannerKey));
                return true;
            } catch (BudgetRuleException e) {
                refused(e, result);
            } catch (StaleRecordException e) {
                Saved saved = now.get();
                model.addAttribute("conflict", saved.value());
                form.setVersion(saved.version());
                result.reject("budget.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return false;
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return false;
    }

    /** A refusal by its field, or for the whole form when the form has no such field. */
    static void refused(BudgetRuleException e, BindingResult result) {
        try {
            result.rejectValue(e.field(), e.messageKey(), e.args(), null);
        } catch (NotReadablePropertyException notOnTheForm) {
            result.reject(e.messageKey(), e.args(), null);
        }
    }

    <E extends Enum<E>> List<Option> options(String prefix, E[] values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), text(prefix + v.name()))).toList();
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
