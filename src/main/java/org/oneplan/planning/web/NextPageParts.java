package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.oneplan.people.People;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.NextStepsView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.web.Option;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the "What will you do next?" pages share: the person, the section, choices and messages. */
@Component
class NextPageParts {


    private final NextSteps next;
    private final People people;
    private final MessageSource messages;

    NextPageParts(NextSteps next, People people, MessageSource messages) {
        this.next = next;
        this.people = people;
        this.messages = messages;
    }

    /** The person and their section, for a page; 404 when the plan has not been started. */
    NextStepsView addTo(Model model, UUID personId) {
        NextStepsView view = next.find(personId).orElseThrow(() -> new RecordNotFoundException("Plan"));
        model.addAttribute("person", people.findRecord(personId).orElseThrow(() -> new RecordNotFoundException("Person")));
        model.addAttribute("next", view);
        model.addAttribute("maxReviewMonths", next.maxReviewMonths(personId));
        return view;
    }

    static String section(UUID personId) {
        return "/people/" + personId + "/plan/next-steps";
    }

    /** A refused change is shown by its field, with a 400; a review date too far ahead says how far it may be. */
    void refused(PlanRuleException e, BindingResult result, HttpServletResponse response) {
        result.rejectValue(e.field(), e.messageKey(), e.args(), null);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    String done(UUID personId, String key, RedirectAttributes flash) {
        flash.addFlashAttribute("banner", text(key));
        return "redirect:" + section(personId);
    }

    /** Radio or checkbox choices for the values of an enum, labelled by {@code keyOf}. */
    <E extends Enum<E>> List<Option> options(E[] values, Function<E, String> keyOf) {
        return Arrays.stream(values).map(v -> new Option(v.name(), text(keyOf.apply(v)))).toList();
    }

    String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
