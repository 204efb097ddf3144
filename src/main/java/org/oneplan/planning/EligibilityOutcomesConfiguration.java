package org.oneplan.planning;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the eligibility outcomes once, at start-up, so that a malformed file stops the application early. */
@Configuration(proxyBeanMethods = false)
class EligibilityOutcomesConfiguration {

    @Bean
    EligibilityOutcomes eligibilityOutcomes() {
        return EligibilityOutcomes.load();
    }
}
