package org.oneplan.planning;

import java.util.List;
import java.util.UUID;

/**
 * The plan's journey to agreement: the Care Act completeness check, readiness, the person's agreement
 * (which makes an immutable version), and every version since, with what changed between any two.
 */
public interface PlanVersions {

    PlanState state(UUID personId);

    /** Marks the plan ready to agree; refused while the completeness check finds anything missing. */
    PlanState markReady(UUID personId);

    /** Records the person's answer; agreeing makes the next version. Only a plan that is ready may be agreed. */
    PlanState recordAgreement(UUID personId, Agreement agreement);

    List<VersionView> versions(UUID personId);

    /** The plan as it stands now, as an agreed version would hold it (for printing a draft). */
    List<PlanPart.VersionedSection> current(UUID personId);

    VersionView version(UUID personId, int number);
}
