package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.budget.BudgetSummary;
import org.oneplan.budget.Budgets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaBudgets implements Budgets {

    private final BudgetReader reader;
    private final BudgetGuard guard;
    private final PersonalBudgets budgets;

    JpaBudgets(BudgetReader reader, BudgetGuard guard, PersonalBudgets budgets) {
        this.reader = reader;
        this.guard = guard;
        this.budgets = budgets;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BudgetSummary> summary(UUID personId) {
        guard.visible(personId);
        return reader.started(personId).map(JpaBudgets::summary);
    }

    @Override
    public void activate(UUID personId, LocalDate from) {
        budgets.activate(personId, from);
    }

    static BudgetSummary summary(BudgetView b) {
        Split s = b.split();
        return new BudgetSummary(b.indicative() == null ? null : b.indicative().perYear(),
                s == null ? null : s.period().perYear(s.total()), s == null ? null : s.period().perYear(s.personPays()),
                s == null ? null : s.period().perYear(s.councilPays()), otherPerYear(s), b.totals().spentPerYear(),
                b.complete(), b.activeFrom());
    }

    private static BigDecimal otherPerYear(Split s) {
        return s == null || s.other().isEmpty() ? null : s.period().perYear(s.otherTotal());
    }
}
