package org.oneplan.planning;

import java.util.UUID;

/**
 * Advice and information given to prevent or delay needs (Care Act s25(1)(f)). Read through
 * {@link AssessedNeeds#find}; changed by those who may plan with the person; removing keeps it on record.
 */
public interface AdviceGiven {

    AdviceView one(UUID personId, UUID adviceId);

    AdviceView add(UUID personId, AdviceDraft draft);

    /** {@code expectedVersion} is the item's version as the writer saw it. */
    AdviceView change(UUID personId, UUID adviceId, AdviceDraft draft, long expectedVersion);

    void remove(UUID personId, UUID adviceId, long expectedVersion);
}
