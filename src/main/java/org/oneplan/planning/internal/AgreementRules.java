package org.oneplan.planning.internal;

import java.time.LocalDate;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.PlanRuleException;

/**
 * What a record of the person's agreement must hold: when and how it was captured, by whom, who took part,
 * and the reasons whenever the person did not agree.
 */
final class AgreementRules {

    private AgreementRules() {
    }

    static void check(Agreement a, LocalDate today) {
        if (a.capturedOn() == null || a.capturedOn().isAfter(today)) {
            throw new PlanRuleException("capturedOn", "planning.agreement.error.capturedOn");
        }
        if (a.decision() == null) {
            throw new PlanRuleException("decision", "planning.agreement.error.decision");
        }
        if (a.capturedHow() == null) {
            throw new PlanRuleException("capturedHow", "planning.agreement.error.capturedHow");
        }
        if (a.capturedBy() == null || a.capturedBy().isBlank() || a.capturedBy().length() > 200) {
            throw new PlanRuleException("capturedBy", "planning.agreement.error.capturedBy");
        }
        if (a.whoTookPart() == null || a.whoTookPart().isBlank() || a.whoTookPart().length() > 2000) {
            throw new PlanRuleException("whoTookPart", "planning.agreement.error.whoTookPart");
        }
        if (a.reasons() != null && a.reasons().length() > 4000) {
            throw new PlanRuleException("reasons", "planning.agreement.error.reasons");
        }
        if (!a.decision().agrees() && a.decision() != Agreement.Decision.COULD_NOT_ANSWER
                && (a.reasons() == null || a.reasons().isBlank())) {
            throw new PlanRuleException("reasons", "planning.agreement.error.reasonsNeeded");
        }
    }
}
