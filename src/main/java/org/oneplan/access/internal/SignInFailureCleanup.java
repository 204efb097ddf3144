package org.oneplan.access.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once every throttle window, deletes the failed sign-ins that have stopped counting. */
@Component
class SignInFailureCleanup {

    private final LoginThrottle throttle;

    SignInFailureCleanup(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Scheduled(fixedDelayString = "${oneplan.security.login-throttle.window}",
            initialDelayString = "${oneplan.security.login-throttle.window}")
    void deleteExpired() {
        throttle.forgetExpired();
    }
}
