package org.oneplan.notifications.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The words of a notification, from the {@code notifications.topic.CODE.*} messages: the same for everyone,
 * so they can hold no personal or care details.
 */
@Component
class MessageTexts {

    /** Notifications are written when the change is made, often with nobody's request to take a locale from. */
    private static final Locale LOCALE = Locale.UK;

    private final MessageSource messages;
    private final NotificationSettings settings;

    MessageTexts(MessageSource messages, NotificationSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    record Email(String subject, String body) {
    }

    /** @throws IllegalArgumentException when the topic's messages are missing */
    Email email(String code) {
        try {
            String news = messages.getMessage("notifications.topic." + code + ".news", null, LOCALE);
            String subject = messages.getMessage("notifications.topic." + code + ".subject", null, LOCALE);
            messages.getMessage("notifications.topic." + code + ".name", null, LOCALE);
            String body = messages.getMessage("notifications.email.body", new Object[] {news, settings.signInUrl()}, LOCALE);
            return new Email(subject, body);
        } catch (NoSuchMessageException e) {
            throw new IllegalArgumentException("No messages for the notification topic " + code, e);
        }
    }
}
