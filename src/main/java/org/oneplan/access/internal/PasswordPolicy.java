package org.oneplan.access.internal;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, following NCSC and NIST SP 800-63B: long enough, not too long to
 * hash, no composition rules, and not one that is common or easy to guess (judged by zxcvbn).
 * Answers with message keys from {@code messages/account.properties}; an empty list means acceptable.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_SCORE = 3;

    public static final String REQUIRED = "password.required";
    public static final String TOO_SHORT = "password.tooShort";
    public static final String TOO_LONG = "password.tooLong";
    public static final String CONTAINS_USERNAME = "password.containsUsername";
    public static final String TOO_GUESSABLE = "password.tooGuessable";

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The problems with this password for this user, most basic first; empty when it is acceptable. */
    public List<String> problems(String password, String username) {
        if (password == null || password.isEmpty()) {
            return List.of(REQUIRED);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return List.of(TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return List.of(TOO_LONG);
        }
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(name)) {
            return List.of(CONTAINS_USERNAME);
        }
        List<String> userInputs = name.isEmpty() ? List.of("oneplan") : List.of(name, "oneplan");
        if (zxcvbn.measure(password, userInputs).getScore() < MIN_SCORE) {
            return List.of(TOO_GUESSABLE);
        }
        return List.of();
    }

    public boolean accepts(String password, String username) {
        return problems(password, username).isEmpty();
    }
}
