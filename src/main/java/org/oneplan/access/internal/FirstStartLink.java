package org.oneplan.access.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** On a new installation, prints the link for creating the system administrator. The demo creates its own accounts. */
@Component
@Profile("!demo")
class FirstStartLink {

    private static final Logger log = LoggerFactory.getLogger(FirstStartLink.class);

    private final FirstStart firstStart;
    private final String baseUrl;

    FirstStartLink(FirstStart firstStart, @Value("${oneplan.base-url}") String baseUrl) {
        this.firstStart = firstStart;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void offerSetup() {
        firstStart.issueTokenIfNoAccounts().ifPresent(token -> log.warn(
                "First start: create the system administrator at {}/setup?token={} (valid for 24 hours)",
                baseUrl, token));
    }
}
