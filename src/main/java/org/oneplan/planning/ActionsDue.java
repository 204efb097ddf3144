package org.oneplan.planning;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The actions of agreed plans that need attention, for team staff: overdue ones first (most days late first),
 * then those due in the next {@value #WEEKS_AHEAD} weeks, each list a constant number of queries whatever its size.
 * An action counts once the person has agreed a version of the plan that holds it (it is still in the plan).
 * Listing is audited like a caseload search, without naming anyone.
 */
public interface ActionsDue {

    int WEEKS_AHEAD = 4;

    /** The actions of people on the team's caseload; the team must be one of the caller's, or it is not found. */
    Page<DueAction> forTeam(UUID teamId, DueFilter filter, Pageable pageable);

    /**
     * The caller's own actions (a practitioner action whose owner is named as the caller, among people on their
     * teams' caseloads) and the actions of the people whose named coordinator they are.
     */
    Page<DueAction> mine(DueFilter filter, Pageable pageable);

    /** How many of {@link #mine} are overdue; not audited, as it names nobody and shows no words. */
    long myOverdue();
}
