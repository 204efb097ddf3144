package org.oneplan.planning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanState;
import org.oneplan.planning.PlanStatus;
import org.springframework.stereotype.Component;

/**
 * Where the plan stands on its way to agreement, worked out from its content now against the latest agreed
 * version and what it was marked ready or sent for sign-off with; with the gaps and every agreement recorded.
 */
@Component
class PlanStates {

    private final PlanContent content;
    private final PlanVersionRepository versions;
    private final PlanAgreementRepository agreements;
    private final SignOffGates gates;

    PlanStates(PlanContent content, PlanVersionRepository versions, PlanAgreementRepository agreements,
               SignOffGates gates) {
        this.content = content;
        this.versions = versions;
        this.agreements = agreements;
        this.gates = gates;
    }

    PlanState of(CarePlan plan, UUID personId) {
        String hash = PlanContent.hash(content.toJson(content.of(plan.id())));
        Optional<PlanVersion> latest = versions.latest(plan.id());
        PlanStatus status = latest.filter(v -> v.contentHash().equals(hash)).isPresent() ? PlanStatus.AGREED
                : plan.awaitingSignOffWith(hash) ? PlanStatus.AGREED_AWAITING_SIGN_OFF
                : plan.readyWith(hash) ? PlanStatus.READY_TO_AGREE : PlanStatus.DRAFT;
        List<PlanPart.Gap> gaps = content.gaps(plan.id(), personId);
        return new PlanState(status, latest.map(PlanVersion::number).orElse(0), gaps,
                agreements.allOf(plan.id()).stream().map(PlanAgreement::view).toList(),
                gates.withAuthoriserSince(plan.id(), personId).orElse(null));
    }
}
