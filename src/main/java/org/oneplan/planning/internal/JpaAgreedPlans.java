package org.oneplan.planning.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.oneplan.planning.AgreedPlans;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.SignOffNote;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans waiting for sign-off, as the budget module's sign-off sees them. The plan remembers the content the
 * person agreed; a sign-off of exactly that content makes the next version, with the agreement and the sign-off.
 */
@Service
@Transactional
class JpaAgreedPlans implements AgreedPlans {

    private final CarePlanRepository plans;
    private final PlanVersionRepository versions;
    private final PlanAgreementRepository agreements;
    private final PlanWriterQueries writers;
    private final PlanContent content;
    private final PlanGuard guard;
    private final AgreementEvents events;

    JpaAgreedPlans(CarePlanRepository plans, PlanVersionRepository versions, PlanAgreementRepository agreements,
                   PlanWriterQueries writers, PlanContent content, PlanGuard guard, AgreementEvents events) {
        this.events = events;
        this.plans = plans;
        this.versions = versions;
        this.agreements = agreements;
        this.writers = writers;
        this.content = content;
        this.guard = guard;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Awaiting> awaiting(UUID personId) {
        CarePlan plan = plan(personId);
        String hash = hash(plan);
        if (!plan.awaitingSignOffWith(hash)) {
            return Optional.empty();
        }
        return lastAgreement(plan).map(a -> new Awaiting(plan.id(), hash, a.view()));
    }

    @Override
    @Transactional(readOnly = true)
    public String contentHash(UUID personId) {
        return hash(plan(personId));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> writers(UUID personId) {
        return new HashSet<>(writers.writersOf(plan(personId).id()));
    }

    @Override
    public int signOff(UUID personId, String expectedHash, SignOffNote note) {
        CarePlan plan = plan(personId);
        String json = content.toJson(content.of(plan.id()));
        String hash = PlanContent.hash(json);
        if (!hash.equals(expectedHash) || !plan.awaitingSignOffWith(hash)) {
            throw new PlanRuleException("content", "signoff.error.changed");
        }
        PlanAgreement agreement = lastAgreement(plan).orElseThrow(
                () -> new PlanRuleException("content", "signoff.error.changed"));
        int number = versions.latest(plan.id()).map(PlanVersion::number).orElse(0) + 1;
        versions.save(PlanVersion.signedOff(plan.id(), number, json, hash, agreement, note));
        plan.backToDraft();
        // The plan is in force from its sign-off, so its review is scheduled from then.
        events.agreed(personId, plan.id(), number, note.signedOffAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate());
        return number;
    }

    @Override
    public void returnToDraft(UUID personId) {
        plan(personId).backToDraft();
    }

    private Optional<PlanAgreement> lastAgreement(CarePlan plan) {
        List<PlanAgreement> all = agreements.allOf(plan.id());
        return all.isEmpty() || !all.get(all.size() - 1).agrees() ? Optional.empty()
                : Optional.of(all.get(all.size() - 1));
    }

    private String hash(CarePlan plan) {
        return PlanContent.hash(content.toJson(content.of(plan.id())));
    }

    private CarePlan plan(UUID personId) {
        guard.visible(personId);
        return plans.findById(guard.planOf(personId)).orElseThrow(() -> new RecordNotFoundException("Plan"));
    }
}
