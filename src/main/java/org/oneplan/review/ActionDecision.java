package org.oneplan.review;

/** What the review decides for an action of the plan: it carries on into the next version, or it is closed. */
public enum ActionDecision {
    CARRY_OVER, CLOSE
}
