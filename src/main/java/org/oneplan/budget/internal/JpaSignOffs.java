package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.budget.BudgetSummary;
import org.oneplan.budget.Budgets;
import org.oneplan.budget.PlanReturned;
import org.oneplan.budget.PlanSignedOff;
import org.oneplan.budget.SignOffDecision;
import org.oneplan.budget.SignOffRequested;
import org.oneplan.budget.SignOffStatus;
import org.oneplan.budget.SignOffs;
import org.oneplan.notifications.NotificationKind;
import org.oneplan.notifications.Notifications;
import org.oneplan.planning.AgreedPlans;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.SignOffNote;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends plans for sign-off, returns them and signs them off, each step in one transaction with its audit entry,
 * the person's notification and its event. The plan's own module makes the agreed version; the budget becomes
 * active from the authoriser's date.
 */
@Service
@Transactional
class JpaSignOffs implements SignOffs {

    private final SignOffRepository signOffs;
    private final SignOffGuard guard;
    private final SignOffReader reader;
    private final SignOffSettings settings;
    private final AgreedPlans plans;
    private final PlanVersions versions;
    private final Budgets budgets;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SignOffAges ages;
    private final SignOffLooks looks;

    JpaSignOffs(SignOffRepository signOffs, SignOffGuard guard, SignOffReader reader, SignOffSettings settings,
                AgreedPlans plans, PlanVersions versions, Budgets budgets, Notifications notifications,
                AuditTrail audit, ApplicationEventPublisher events, SignOffAges ages, SignOffLooks looks) {
        this.looks = looks;
        this.signOffs = signOffs;
        this.guard = guard;
        this.reader = reader;
        this.settings = settings;
        this.plans = plans;
        this.versions = versions;
        this.budgets = budgets;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.ages = ages;
    }

    @Override
    public SignOffStatus submit(UUID personId) {
        guard.planner(personId);
        AgreedPlans.Awaiting agreed = plans.awaiting(personId)
                .orElseThrow(() -> new BudgetRuleException("signOff", "signoff.error.notAgreed"));
        BudgetRuleException.require(versions.state(personId).gaps().isEmpty(), "signOff", "signoff.error.gaps");
        BigDecimal whole = budgets.summary(personId).map(BudgetSummary::wholePerYear).orElse(BigDecimal.ZERO);
        int needed = settings.forPerson(personId).authorisersFor(whole);
        Optional<SignOff> open = signOffs.latest(personId).filter(s -> s.stage() != SignOffStatus.Stage.SIGNED_OFF);
        SignOffBy by = guard.by();
        SignOff signOff = open.orElseGet(() -> SignOff.submit(agreed.planId(), personId, agreed.contentHash(), needed, by));
        open.ifPresent(s -> s.resubmit(agreed.contentHash(), needed, by));
        signOffs.saveAndFlush(signOff);
        audit.record(AuditAction.UPDATED, BudgetGuard.RECORD_TYPE, personId,
                open.isPresent() ? "Sent the plan for sign-off again" : "Sent the plan for sign-off");
        notifications.notify(personId, NotificationKind.PLAN_SUBMITTED_FOR_SIGN_OFF);
        events.publishEvent(new SignOffRequested(signOff.id(), personId, agreed.planId(), by.at(), open.isPresent()));
        return reader.view(signOff);
    }

    @Override
    public SignOffStatus returnWithReasons(UUID personId, List<SignOffStatus.Reason> reasons) {
        guard.decider(personId);
        SignOff signOff = waiting(personId);
        SignOffBy by = guard.by();
        signOff.returnWithReasons(reasons, by, guard.writers(personId));
        plans.returnToDraft(personId);
        signOffs.saveAndFlush(signOff);
        SignOffStatus status = reader.view(signOff);
        List<String> parts = status.last(SignOffStatus.Kind.RETURNED).orElseThrow().reasons().stream()
                .map(SignOffStatus.Reason::part).toList();
        audit.record(AuditAction.UPDATED, BudgetGuard.RECORD_TYPE, personId,
                "Returned the plan for changes to " + String.join(", ", parts));
        notifications.notify(personId, NotificationKind.PLAN_RETURNED);
        events.publishEvent(new PlanReturned(signOff.id(), personId, by.at(), parts));
        return status;
    }

    @Override
    public SignOffStatus signOff(UUID personId, SignOffDecision decision) {
        guard.decider(personId);
        SignOff signOff = waiting(personId);
        SignOffBy by = guard.by();
        String hash = plans.contentHash(personId);
        LocalDate from = decision.activeFrom() == null ? ages.today() : decision.activeFrom();
        BudgetRuleException.require(!from.isBefore(ages.today().minusYears(1)) && !from.isAfter(ages.today().plusYears(1)),
                "activeFrom", "signoff.error.activeFrom.range");
        List<String> known = settings.forPerson(personId).criteria();
        List<String> ticked = decision.ticked() == null ? List.of() : decision.ticked().stream()
                .filter(known::contains).distinct().toList();
        boolean last = signOff.signOff(hash, decision.conditions(), ticked, from, by, guard.writers(personId));
        if (!last) {
            signOffs.saveAndFlush(signOff);
            audit.record(AuditAction.UPDATED, BudgetGuard.RECORD_TYPE, personId,
                    "Signed off the plan, the first of two authorisers");
            return reader.view(signOff);
        }
        SignOffStatus signed = reader.view(signOff);
        int version = plans.signOff(personId, hash,
                new SignOffNote(signOff.id(), signed.authorisers(), by.at(), signed.conditions(), from));
        signOff.made(version);
        signOffs.saveAndFlush(signOff);
        audit.record(AuditAction.UPDATED, BudgetGuard.RECORD_TYPE, personId, "Signed off the plan: version " + version);
        budgets.activate(personId, from);
        notifications.notify(personId, NotificationKind.PLAN_SIGNED_OFF);
        notifications.notify(personId, NotificationKind.BUDGET_ACTIVE);
        events.publishEvent(new PlanSignedOff(signOff.id(), personId, version, by.at(), from));
        return reader.view(signOff);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SignOffStatus> status(UUID personId) {
        return looks.status(personId);
    }

    private SignOff waiting(UUID personId) {
        return signOffs.latest(personId).filter(s -> s.stage() == SignOffStatus.Stage.WITH_AUTHORISER)
                .orElseThrow(() -> new BudgetRuleException("signOff", "signoff.error.notWaiting"));
    }
}
