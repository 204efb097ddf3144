package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.UUID;
import org.oneplan.people.People;
import org.oneplan.people.PersonRecord;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.ControlView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.StayingInControl;
import org.oneplan.planning.Whose;
import org.oneplan.web.Option;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the "How will you stay in control?" pages share: the person, the section, whose-words choices, messages. */
@Component
class ControlPageParts {

    private final StayingInControl control;
    private final People people;
    private final MessageSource messages;

    ControlPageParts(StayingInControl control, People people, MessageSource messages) {
        this.control = control;
        this.people = people;
        this.messages = messages;
    }

    /** The person and their section, for a page; 404 when the plan has not been started. */
    ControlView addTo(Model model, UUID personId) {
        ControlView view = control.find(personId).orElseThrow(() -> new RecordNotFoundException("Plan"));
        PersonRecord person = people.findRecord(personId).orElseThrow(() -> new RecordNotFoundException("Person"));
        model.addAttribute("person", person);
        model.addAttribute("control", view);
        model.addAttribute("whoseOptions", Arrays.stream(Whose.values())
                .map(w -> new Option(w.name(), text("control.whose." + w.name()))).toList());
        return view;
    }

    static ControlList list(String slug) {
        return ControlList.ofSlug(slug).orElseThrow(() -> new RecordNotFoundException("List"));
    }

    static String section(UUID personId) {
        return "/people/" + personId + "/plan/control";
    }

    /** A refused change is shown by its field, with a 400. */
    static void refused(PlanRuleException e, BindingResult result, HttpServletResponse response) {
        result.rejectValue(e.field(), e.messageKey(), e.args(), null);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    String done(UUID personId, String key, RedirectAttributes flash) {
        flash.addFlashAttribute("banner", text(key));
        return "redirect:" + section(personId);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
