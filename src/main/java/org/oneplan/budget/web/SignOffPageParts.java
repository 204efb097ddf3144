package org.oneplan.budget.web;

import java.util.List;
import java.util.UUID;
import org.oneplan.budget.SignOffStatus;
import org.oneplan.budget.internal.SignOffPart;
import org.oneplan.people.People;
import org.oneplan.people.PersonRecord;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.RuleException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * What the sign-off pages share: who may call them, the person on the page, the reasons of a return with where each
 * part is changed, a refusal shown by its field (or for the whole form), and messages.
 */
@Component
class SignOffPageParts {

    static final String PLANNERS = BudgetPageParts.PLANNERS;
    static final String AUTHORISERS = "hasRole('AUTHORISER')";

    private final People people;
    private final MessageSource messages;

    SignOffPageParts(People people, MessageSource messages) {
        this.people = people;
        this.messages = messages;
    }

    /** A reason of a return as a page shows it: the part's name (a message key), where it is changed, and why. */
    record ReasonView(String labelKey, String href, String reason) {
    }

    PersonRecord person(Model model, UUID personId) {
        PersonRecord person = people.findRecord(personId).orElseThrow(() -> new RecordNotFoundException("Person"));
        model.addAttribute("person", person);
        return person;
    }

    /** Each part's label, as a message key, by the part's key. */
    static java.util.Map<String, String> partLabels() {
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        SignOffPart.all().forEach(p -> labels.put(p.key(), p.labelKey()));
        return labels;
    }

    /** The reasons of the latest return, while the plan is returned; otherwise none. */
    static List<ReasonView> reasons(SignOffStatus status) {
        if (status == null || status.stage() != SignOffStatus.Stage.RETURNED) {
            return List.of();
        }
        return status.last(SignOffStatus.Kind.RETURNED).orElseThrow().reasons().stream().map(r -> {
            SignOffPart part = SignOffPart.of(r.part()).orElseThrow();
            return new ReasonView(part.labelKey(), part.href(status.personId()), r.reason());
        }).toList();
    }

    /** A refusal by its field, or for the whole form when the form has no such field. */
    static void refused(RuleException e, BindingResult result) {
        try {
            result.rejectValue(e.field(), e.messageKey(), e.args(), null);
        } catch (NotReadablePropertyException notOnTheForm) {
            result.reject(e.messageKey(), e.args(), null);
        }
    }

    /** A page whose form has no fields, with the refusal (if any) for its error summary. */
    static void formWithout(Model model, RuleException refused) {
        BindingResult errors = new BeanPropertyBindingResult(new Object(), "form");
        if (refused != null) {
            errors.reject(refused.messageKey(), refused.args(), null);
        }
        model.addAttribute("refused", refused != null);
        model.addAttribute("form", errors.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
