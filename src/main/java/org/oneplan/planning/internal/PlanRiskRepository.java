package org.oneplan.planning.internal;

interface PlanRiskRepository extends ControlEntries<PlanRisk> {
}
