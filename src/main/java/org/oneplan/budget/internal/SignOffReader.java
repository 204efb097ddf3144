package org.oneplan.budget.internal;

import org.oneplan.budget.SignOffStatus;
import org.oneplan.planning.AgreedPlans;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sign-off as its status: how many working days it has waited (or waited until the decision), and, while with the
 * authoriser, whether the plan has changed since it was sent. Its callers have checked access.
 */
@Component
@Transactional(readOnly = true)
class SignOffReader {

    private final AgreedPlans plans;
    private final SignOffAges ages;

    SignOffReader(AgreedPlans plans, SignOffAges ages) {
        this.plans = plans;
        this.ages = ages;
    }

    SignOffStatus view(SignOff s) {
        boolean waiting = s.stage() == SignOffStatus.Stage.WITH_AUTHORISER;
        int days = waiting ? ages.since(s.submittedAt()) : ages.between(s.submittedAt(), s.decidedAt());
        return s.view(days, waiting && !plans.contentHash(s.personId()).equals(s.contentHash()));
    }
}
