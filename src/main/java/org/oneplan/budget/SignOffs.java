package org.oneplan.budget;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sign-off of plans that carry a personal budget. Those who may plan with the person send the plan, once the
 * person has agreed it and nothing is missing; an authoriser of the person's teams returns it with reasons or signs
 * it off, which makes it the next agreed version and the budget active. Nobody decides on a plan they wrote or
 * sent; with two authorisers, the second is someone else. Every step is audited and the person told.
 */
public interface SignOffs {

    /** Sends the person's agreed plan for sign-off, or again after it was returned and changed. */
    SignOffStatus submit(UUID personId);

    /** Returns the plan with a reason for each part that needs changing; the plan is a draft again. */
    SignOffStatus returnWithReasons(UUID personId, List<SignOffStatus.Reason> reasons);

    /** Signs the plan off: the last authoriser needed makes it the next agreed version and the budget active. */
    SignOffStatus signOff(UUID personId, SignOffDecision decision);

    /** The person's latest sign-off, if the plan was ever sent; for whoever may see the person, not audited. */
    Optional<SignOffStatus> status(UUID personId);
}
