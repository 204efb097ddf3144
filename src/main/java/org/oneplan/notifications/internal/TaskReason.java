package org.oneplan.notifications.internal;

import java.util.Optional;
import org.oneplan.people.ContactPreference;

/** Why a person is told by their team's administrators rather than by email. */
public enum TaskReason {
    LETTER, PHONE, TEXT, NO_EMAIL;

    /** Empty when an email will do: the person prefers email or has not said, and has an address. */
    static Optional<TaskReason> forPreference(ContactPreference how) {
        if (how.preferred() != null) {
            switch (how.preferred()) {
                case LETTER -> { return Optional.of(LETTER); }
                case PHONE -> { return Optional.of(PHONE); }
                case TEXT -> { return Optional.of(TEXT); }
                case EMAIL -> { }
            }
        }
        return how.email() == null ? Optional.of(NO_EMAIL) : Optional.empty();
    }
}
