package org.oneplan.planning;

/**
 * Where the plan is: written in draft, then ready for the person to agree, then agreed as a version. A plan that
 * needs signing off (see {@link SignOffGate}) waits, once the person has agreed it, as agreed but awaiting
 * sign-off; only the sign-off makes it an agreed version.
 */
public enum PlanStatus {
    DRAFT, READY_TO_AGREE, AGREED_AWAITING_SIGN_OFF, AGREED
}
