package org.oneplan.planning;

/** Whether the person's needs meet the eligibility criteria of reg. 2(1), or that it is not decided yet. */
public enum EligibilityDecision {
    MEETS, DOES_NOT_MEET, NOT_YET_DECIDED
}
