package org.oneplan.planning.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.oneplan.people.People;
import org.oneplan.people.PersonRecord;
import org.oneplan.planning.AssessedNeeds;
import org.oneplan.planning.EligibilityOutcomes;
import org.oneplan.planning.NeedsView;
import org.oneplan.web.Option;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the assessed needs and advice pages share: the person, the section, the regulation's words, messages. */
@Component
class NeedsPageParts {

    private final AssessedNeeds needs;
    private final People people;
    private final EligibilityOutcomes eligibility;
    private final MessageSource messages;

    NeedsPageParts(AssessedNeeds needs, People people, EligibilityOutcomes eligibility, MessageSource messages) {
        this.needs = needs;
        this.people = people;
        this.eligibility = eligibility;
        this.messages = messages;
    }

    /** The person and their section, for a page; 404 when the plan has not been started. */
    NeedsView addTo(Model model, UUID personId) {
        NeedsView view = needs.find(personId).orElseThrow(() -> new RecordNotFoundException("Plan"));
        PersonRecord person = people.findRecord(personId).orElseThrow(() -> new RecordNotFoundException("Person"));
        model.addAttribute("person", person);
        model.addAttribute("needs", view);
        model.addAttribute("source", eligibility.source());
        return view;
    }

    static String section(UUID personId) {
        return "/people/" + personId + "/plan/needs";
    }

    String done(UUID personId, String key, String anchor, RedirectAttributes flash) {
        flash.addFlashAttribute("banner", text(key));
        return "redirect:" + section(personId) + anchor;
    }

    /** A provision of the regulation as one hint: "Regulation 2(3): lead (a) first; (b) second ...". */
    String hint(EligibilityOutcomes.Provision provision) {
        List<String> items = provision.items();
        String listed = String.join("; ", IntStream.range(0, items.size())
                .mapToObj(i -> "(" + (char) ('a' + i) + ") " + items.get(i)).toList());
        return text("needs.regulation", provision.regulation(), provision.lead() + " " + listed);
    }

    /** One option per constant, labelled from {@code prefix + name}. */
    List<Option> options(String prefix, Enum<?>... values) {
        return Arrays.stream(values).map(v -> new Option(v.name(), text(prefix + v.name()))).toList();
    }

    EligibilityOutcomes eligibility() {
        return eligibility;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
