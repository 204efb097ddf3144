package org.oneplan.planning;

import java.time.Instant;

/**
 * One eligibility outcome of the person's plan and what was assessed about it. An outcome nobody has
 * assessed yet is NOT_ASSESSED, with no version ({@code version} null) and no texts.
 */
public record NeedView(EligibilityOutcomes.Outcome outcome, UnableToAchieve unable, String cannotDo,
                       String wellbeingImpact, boolean councilWillMeet, String howMet, String writtenBy,
                       Instant writtenAt, Long version) {

    public static NeedView notAssessed(EligibilityOutcomes.Outcome outcome) {
        return new NeedView(outcome, UnableToAchieve.NOT_ASSESSED, null, null, false, null, null, null, null);
    }

    public String code() {
        return outcome.code();
    }

    /** A need the council will meet but nobody has said how yet: the completeness check names it. */
    public boolean lacksHowMet() {
        return councilWillMeet && (howMet == null || howMet.isBlank());
    }
}
