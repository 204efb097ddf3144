package org.oneplan.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person-centred review was completed. For Working Together for Change it carries the person's top things working,
 * not working and wanted for the future only when they consented to their use, anonymised, to improve services; without
 * consent the lists are empty. It names nobody: {@code reference} identifies the review to listeners (one per review)
 * but is neither the person's id nor the review's, so it cannot be traced back to the person outside this module; the
 * teams and organisations are those holding the person when it was completed.
 */
public record ReviewCompleted(UUID reference, LocalDate completedOn, Set<UUID> teamIds,
                              Set<UUID> organisationIds, boolean consented, List<String> working,
                              List<String> notWorking, List<String> future) {

    public ReviewCompleted {
        teamIds = Set.copyOf(teamIds);
        organisationIds = Set.copyOf(organisationIds);
        working = List.copyOf(working);
        notWorking = List.copyOf(notWorking);
        future = List.copyOf(future);
    }
}
