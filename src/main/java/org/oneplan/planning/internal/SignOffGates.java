package org.oneplan.planning.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.planning.SignOffGate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The sign-off gates, asked together: a plan needs sign-off when any says so, and is with the authoriser when any
 * says so. The gates are looked up when asked, not when this is made: they belong to a module that itself uses the
 * plan's services. Callers have checked access.
 */
@Component
class SignOffGates {

    private final ObjectProvider<SignOffGate> gates;

    SignOffGates(ObjectProvider<SignOffGate> gates) {
        this.gates = gates;
    }

    boolean needSignOff(UUID planId, UUID personId) {
        return gates.orderedStream().anyMatch(g -> g.needsSignOff(planId, personId));
    }

    /** When the plan was last sent, while it is with the authoriser; empty otherwise. */
    Optional<Instant> withAuthoriserSince(UUID planId, UUID personId) {
        return gates.orderedStream().flatMap(g -> g.withAuthoriserSince(planId, personId).stream()).findFirst();
    }
}
