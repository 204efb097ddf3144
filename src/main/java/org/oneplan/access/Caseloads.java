package org.oneplan.access;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** Which teams hold a person on their caseload. */
public interface Caseloads {

    boolean isOnCaseloadOfAny(UUID personId, Collection<UUID> teamIds);

    Set<UUID> teamsHolding(UUID personId);

    /** Everyone on any of the teams' caseloads, e.g. to scope a manager's audit search. */
    Set<UUID> peopleOn(Collection<UUID> teamIds);

    void add(UUID personId, UUID teamId);

    void remove(UUID personId, UUID teamId);
}
