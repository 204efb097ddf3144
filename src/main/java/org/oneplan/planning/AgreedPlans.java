package org.oneplan.planning;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * For the sign-off of plans that need it (kept by the budget module, which checks who may do what and audits):
 * the plan the person has agreed and that waits for sign-off, who wrote what is in it, and the two ways out: the
 * next agreed version carrying the sign-off, or back to a draft.
 */
public interface AgreedPlans {

    /** The person's plan as the person agreed it, while it is exactly that; empty otherwise. Checks visibility. */
    Optional<Awaiting> awaiting(UUID personId);

    /** The fingerprint of the person's plan as it stands now. Checks visibility; not audited. */
    String contentHash(UUID personId);

    /** The usernames of whoever last wrote anything that is in the plan now. Checks visibility; not audited. */
    Set<String> writers(UUID personId);

    /**
     * Makes the plan as the person agreed it the next agreed version, carrying the sign-off; refused when the plan
     * is no longer exactly {@code expectedHash} or is not awaiting sign-off. Returns the version's number.
     */
    int signOff(UUID personId, String expectedHash, SignOffNote note);

    /** Back to a draft, after the plan was returned: the person agrees again once it is ready. */
    void returnToDraft(UUID personId);

    /** @param contentHash the fingerprint of the content the person agreed */
    record Awaiting(UUID planId, String contentHash, Agreement agreement) {
    }
}
