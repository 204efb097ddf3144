package org.oneplan.planning;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a plan needs signing off before the person's agreement makes it an agreed version, and whether it is
 * with the authoriser now, decided by a module planning cannot depend on (the personal budget's sign-off). Each is
 * a bean; a plan needs sign-off when any says so, and is with the authoriser when any says so. Called after the
 * caller's access to the person has been checked; neither checks access nor audits.
 */
public interface SignOffGate {

    boolean needsSignOff(UUID planId, UUID personId);

    /**
     * When the plan was last sent to the authoriser, while it is with them (until they sign it off or return it);
     * empty otherwise. Nothing in the plan may change meanwhile.
     */
    default Optional<Instant> withAuthoriserSince(UUID planId, UUID personId) {
        return Optional.empty();
    }
}
