package org.oneplan.notifications.internal;

import java.util.regex.Pattern;

/**
 * What went wrong with a send, in words safe to keep and show on the outbox page: the error's kind and
 * message with any email address taken out, so no personal data is stored with the failure.
 */
final class SendFailures {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]+@[^\\s<>\"'(),;:\\[\\]]+");

    private SendFailures() {
    }

    static String describe(Throwable failure, String recipient) {
        String text = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        if (recipient != null && !recipient.isEmpty()) {
            text = Pattern.compile(Pattern.quote(recipient), Pattern.CASE_INSENSITIVE).matcher(text).replaceAll("[address]");
        }
        text = ADDRESS.matcher(text).replaceAll("[address]").replaceAll("\\s+", " ").strip();
        return text.length() > OutboxMessage.MAX_ERROR ? text.substring(0, OutboxMessage.MAX_ERROR) : text;
    }
}
