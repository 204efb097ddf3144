package org.oneplan.planning;

/** Where the plan is: written in draft, then ready for the person to agree, then agreed as a version. */
public enum PlanStatus {
    DRAFT, READY_TO_AGREE, AGREED
}
