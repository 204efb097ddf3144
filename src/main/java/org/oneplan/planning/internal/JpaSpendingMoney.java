package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.planning.BudgetAnswer;
import org.oneplan.planning.MoneyView;
import org.oneplan.planning.PlanView;
import org.oneplan.planning.SpendingMoney;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaSpendingMoney implements SpendingMoney {

    private final CarePlanRepository plans;
    private final PlanMoneyRepository money;
    private final PlanGuard guard;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    JpaSpendingMoney(CarePlanRepository plans, PlanMoneyRepository money, PlanGuard guard, CurrentUsers users,
                     AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.money = money;
        this.guard = guard;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<MoneyView> find(UUID personId) {
        Optional<MoneyView> found = answered(personId);
        found.ifPresent(m -> audit.record(AuditAction.VIEWED, PlanGuard.RECORD_TYPE, personId,
                "Viewed how the money will be spent"));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView.SectionStatus statusOf(UUID personId) {
        return answered(personId).map(MoneyView::status).orElse(PlanView.SectionStatus.NOT_STARTED);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Boolean> hasPersonalBudget(UUID personId) {
        return answered(personId).map(MoneyView::budget).filter(b -> b != BudgetAnswer.NOT_KNOWN_YET)
                .map(b -> b == BudgetAnswer.YES);
    }

    @Override
    public MoneyView answer(UUID personId, BudgetAnswer budget, String note, Long expectedVersion) {
        guard.plannable(personId);
        UUID planId = guard.planOf(personId);
        PlanMoney answer = money.findByPlanId(planId).orElseGet(() -> new PlanMoney(planId));
        answer.write(budget, note, expectedVersion, users.require().username(), Instant.now(clock));
        money.saveAndFlush(answer);
        audit.record(AuditAction.UPDATED, PlanGuard.RECORD_TYPE, personId, "Answered whether there will be a personal budget");
        return answer.view();
    }

    private Optional<MoneyView> answered(UUID personId) {
        guard.visible(personId);
        return plans.idForPerson(personId).flatMap(money::findByPlanId).map(PlanMoney::view);
    }
}
