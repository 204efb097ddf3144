package org.oneplan.directory.web;

import java.util.ArrayList;
import java.util.List;
import org.oneplan.directory.Cost;
import org.oneplan.directory.DirectoryCategories;
import org.oneplan.web.Option;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the directory's pages offer: categories (from the categories file) and costs, as options. */
@Component
class DirectoryChoices {

    private final DirectoryCategories categories;
    private final MessageSource messages;

    DirectoryChoices(DirectoryCategories categories, MessageSource messages) {
        this.categories = categories;
        this.messages = messages;
    }

    void addTo(Model model) {
        model.addAttribute("categoryOptions", categories.all().stream()
                .map(c -> new Option(c.code(), c.label())).toList());
        List<Option> costs = new ArrayList<>();
        for (Cost c : Cost.values()) {
            costs.add(new Option(c.name(), text("directory.cost." + c.name())));
        }
        costs.add(new Option("", text("directory.cost.notRecorded")));
        model.addAttribute("costOptions", costs);
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
