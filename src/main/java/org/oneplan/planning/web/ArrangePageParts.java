package org.oneplan.planning.web;

import java.util.Arrays;
import java.util.UUID;
import org.oneplan.people.People;
import org.oneplan.planning.ArrangeView;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.SupportArrangements;
import org.oneplan.planning.SupportResource;
import org.oneplan.web.Option;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the "How will you arrange your support?" pages share: the person, the section, choices, messages. */
@Component
class ArrangePageParts {

    private final SupportArrangements arrangements;
    private final People people;
    private final MessageSource messages;

    ArrangePageParts(SupportArrangements arrangements, People people, MessageSource messages) {
        this.arrangements = arrangements;
        this.people = people;
        this.messages = messages;
    }

    /** The person, their section and the form's choices, for a page; 404 when the plan has not been started. */
    ArrangeView addTo(Model model, UUID personId) {
        ArrangeView view = arrangements.find(personId).orElseThrow(() -> new RecordNotFoundException("Plan"));
        model.addAttribute("person", people.findRecord(personId).orElseThrow(() -> new RecordNotFoundException("Person")));
        model.addAttribute("arrange", view);
        model.addAttribute("whoseOptions", PlanPages.whoseOptions(messages));
        model.addAttribute("resourceOptions", Arrays.stream(SupportResource.values())
                .map(r -> new Option(r.name(), text("arrange.resource." + r.name()))).toList());
        return view;
    }

    /** One of the section's current outcomes; 404 for any other, such as another person's. */
    static OutcomeView outcome(ArrangeView view, UUID outcomeId) {
        return view.outcomes().stream().map(ArrangeView.OutcomeOptions::outcome)
                .filter(o -> o.id().equals(outcomeId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Outcome"));
    }

    static String section(UUID personId) {
        return "/people/" + personId + "/plan/arrange";
    }

    String done(UUID personId, String key, RedirectAttributes flash) {
        flash.addFlashAttribute("banner", text(key));
        return "redirect:" + section(personId);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
