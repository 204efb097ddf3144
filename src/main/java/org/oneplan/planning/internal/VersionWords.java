package org.oneplan.planning.internal;

import org.oneplan.planning.Whose;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Labels and "whose words" in plain English for an agreed version, so it reads the same for ever. */
final class VersionWords {

    private VersionWords() {
    }

    static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    static String whose(MessageSource messages, Whose whose, String name) {
        return whose == null ? null : text(messages, "planning.version.whose." + whose.name(), name);
    }
}
