package org.oneplan.planning.internal;

interface PlanContingencyRepository extends ControlEntries<PlanContingency> {
}
