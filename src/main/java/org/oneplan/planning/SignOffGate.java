package org.oneplan.planning;

import java.util.UUID;

/**
 * Whether a plan needs signing off before the person's agreement makes it an agreed version, decided by a module
 * planning cannot depend on (the personal budget's sign-off). Each is a bean; a plan needs sign-off when any says
 * so. Called after the caller's access to the person has been checked; neither checks access nor audits.
 */
public interface SignOffGate {

    boolean needsSignOff(UUID planId, UUID personId);
}
