package org.oneplan.access.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import org.oneplan.access.internal.ChangeRefusedException;
import org.oneplan.access.internal.StaleEditException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * Runs an administrator's change and turns a refusal into form errors: a rule broken shows against its
 * field; a record someone else saved meanwhile shows the conflict message with status 409.
 */
final class AdminChanges {

    static final String CONFLICT = "admin.conflict";

    private AdminChanges() {
    }

    static boolean apply(Runnable change, BindingResult errors, HttpServletResponse response) {
        return attempt(() -> {
            change.run();
            return Boolean.TRUE;
        }, errors, response).isPresent();
    }

    static <T> Optional<T> attempt(Supplier<T> change, BindingResult errors, HttpServletResponse response) {
        try {
            return Optional.of(change.get());
        } catch (ChangeRefusedException e) {
            if (e.field() == null) {
                errors.reject(e.messageKey());
            } else {
                errors.rejectValue(e.field(), e.messageKey());
            }
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            errors.reject(CONFLICT);
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return Optional.empty();
    }
}
