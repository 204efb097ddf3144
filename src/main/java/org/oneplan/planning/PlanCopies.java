package org.oneplan.planning;

import java.util.List;
import java.util.UUID;

/**
 * The record of who was given a copy of the plan or its one-page profile, when and in which format. Whoever may
 * see the person reads it; those who may plan with them add to it. Downloading a PDF records nothing: only
 * giving a copy to someone does.
 */
public interface PlanCopies {

    /** Every copy given, the most recently given first. */
    List<CopyView> of(UUID personId);

    CopyView record(UUID personId, CopyDraft draft);
}
