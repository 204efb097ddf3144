package org.oneplan.planning;

import java.util.Optional;
import java.util.UUID;

/**
 * The person's whole plan as the plan page shows it, read at once: every part as its own service would give it,
 * where the plan stands and how far each section has got. Read by whoever may see the person; one look at the
 * plan is audited once.
 */
public interface PlanOverview {

    /** The plan, if it has been started; empty otherwise. */
    Optional<PlanOverviewView> find(UUID personId);
}
