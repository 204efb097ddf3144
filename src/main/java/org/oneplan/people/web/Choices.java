package org.oneplan.people.web;

import java.util.Arrays;
import java.util.List;
import org.oneplan.people.Circle;
import org.oneplan.people.ContactMethod;
import org.oneplan.people.CoordinatorKind;
import org.oneplan.people.InformationFormat;
import org.oneplan.people.SupportRole;
import org.oneplan.web.Option;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Radio and checkbox choices for the people pages, labelled from the message bundle. */
@Component
class Choices {

    private final MessageSource messages;

    Choices(MessageSource messages) {
        this.messages = messages;
    }

    void addTo(Model model) {
        model.addAttribute("contactMethodOptions", of(ContactMethod.values(), "people.contactMethod."));
        model.addAttribute("formatOptions", of(InformationFormat.values(), "people.format."));
        model.addAttribute("coordinatorKindOptions", of(CoordinatorKind.values(), "people.coordinatorKind."));
        model.addAttribute("circleOptions", of(Circle.values(), "people.circle."));
        model.addAttribute("supportRoleOptions", of(SupportRole.values(), "people.supportRole."));
        model.addAttribute("yesNoOptions", List.of(new Option("true", text("answer.yes")), new Option("false", text("answer.no"))));
    }

    private List<Option> of(Enum<?>[] values, String prefix) {
        return Arrays.stream(values).map(v -> new Option(v.name(), text(prefix + v.name()))).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
