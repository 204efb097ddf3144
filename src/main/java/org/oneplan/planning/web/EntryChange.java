package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.web.StaleRecordException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What adding, changing and removing an entry of one of the plan's lists (an outcome, an action, advice, an
 * option, a risk or contingency plan) has in common, so each page says only what differs. The change is tried
 * only when the form found no mistakes; a rule it breaks is shown by its field, with a 400; a change someone
 * else saved first is shown as it is saved now beside what was typed, with a 409.
 */
final class EntryChange {

    private final BindingResult result;
    private final Model model;
    private final HttpServletResponse response;
    private Runnable conflict;

    private EntryChange(BindingResult result, Model model, HttpServletResponse response) {
        this.result = result;
        this.model = model;
        this.response = response;
    }

    static EntryChange of(BindingResult result, Model model, HttpServletResponse response) {
        return new EntryChange(result, model, response);
    }

    /**
     * When someone else saved first: {@code now} is what is saved now (shown as "conflict"), the form moves to
     * its version and the error summary says {@code messageKey}.
     */
    <V> EntryChange onConflict(String messageKey, Supplier<V> now, ToLongFunction<V> version, LongConsumer formVersion) {
        this.conflict = () -> {
            V saved = now.get();
            model.addAttribute("conflict", saved);
            formVersion.accept(version.applyAsLong(saved));
            result.reject(messageKey);
        };
        return this;
    }

    /** Makes {@code change}, returning where it leads; otherwise shows the form again with {@code form}. */
    String save(Supplier<String> change, Supplier<String> form) {
        if (!result.hasErrors()) {
            try {
                return change.get();
            } catch (PlanRuleException e) {
                result.rejectValue(e.field(), e.messageKey());
            } catch (StaleRecordException e) {
                if (conflict == null) {
                    throw e;
                }
                conflict.run();
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return form.get();
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form.get();
    }

    /**
     * Removes with {@code change}, returning where it leads; when someone changed the entry since the
     * confirmation page was opened, shows that page again with {@code confirm}, saying so, with a 409.
     */
    static String remove(Model model, HttpServletResponse response, Supplier<String> change, Supplier<String> confirm) {
        try {
            return change.get();
        } catch (StaleRecordException e) {
            model.addAttribute("conflict", true);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return confirm.get();
        }
    }
}
