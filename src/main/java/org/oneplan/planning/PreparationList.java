package org.oneplan.planning;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Whose preparation is outstanding, among the people on the caller's teams' caseloads. */
public interface PreparationList {

    /** Draft plans with a preparation section not completed, by the person's name. */
    Page<PreparationOutstanding> outstanding(Pageable pageable);
}
