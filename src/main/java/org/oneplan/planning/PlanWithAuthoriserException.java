package org.oneplan.planning;

import java.time.Instant;
import java.util.UUID;

/**
 * A change to a plan, or to the personal budget in it, refused because the plan is with the authoriser: nothing in
 * it changes until they sign it off or return it. A 409 on pages and in the API, saying when it was sent.
 */
public class PlanWithAuthoriserException extends RuntimeException {

    private final UUID personId;
    private final Instant sentAt;

    public PlanWithAuthoriserException(UUID personId, Instant sentAt) {
        super("The plan is with the authoriser");
        this.personId = personId;
        this.sentAt = sentAt;
    }

    /** Whose plan it is. */
    public UUID personId() {
        return personId;
    }

    /** When it was last sent for sign-off. */
    public Instant sentAt() {
        return sentAt;
    }
}
