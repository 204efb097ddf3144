package org.oneplan.budget.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the first start, fills the empty support type list from the shipped file; after that, does nothing. */
@Component
@Order(6)
class SupportTypeSeed implements ApplicationRunner {

    private final SupportTypes types;

    SupportTypeSeed(SupportTypes types) {
        this.types = types;
    }

    @Override
    public void run(ApplicationArguments args) {
        types.seed();
    }
}
