package org.oneplan.access.web;

import org.oneplan.access.internal.PasswordPolicy;
import org.springframework.validation.Errors;

/** Checks a new password and its confirmation on any form that sets one. */
final class PasswordFields {

    static final String MISMATCH = "password.mismatch";

    private PasswordFields() {
    }

    static void check(PasswordPolicy policy, Errors errors, String username, String field, String password,
                      String confirmField, String confirmation) {
        policy.problems(password, username).stream().findFirst().ifPresent(key -> errors.rejectValue(field, key));
        if (password != null && !password.isEmpty() && !password.equals(confirmation)) {
            errors.rejectValue(confirmField, MISMATCH);
        }
    }
}
