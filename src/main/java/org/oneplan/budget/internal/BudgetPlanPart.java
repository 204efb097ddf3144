package org.oneplan.budget.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.PlanView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal budget and the spending plan as a part of the plan, once the plan says there will be a budget:
 * their items of the completeness check, their words in an agreed version (question 4, after the answer to
 * whether there will be a budget), and question 4's status on the task list, completed when nothing is missing.
 */
@Component
@Transactional(readOnly = true)
class BudgetPlanPart implements PlanPart {

    private final PersonalBudgetRepository budgets;
    private final BudgetReader reader;
    private final BudgetGuard guard;
    private final BudgetVersionContent words;

    BudgetPlanPart(PersonalBudgetRepository budgets, BudgetReader reader, BudgetGuard guard,
                   BudgetVersionContent words) {
        this.budgets = budgets;
        this.reader = reader;
        this.guard = guard;
        this.words = words;
    }

    @Override
    public List<VersionedSection> content(UUID planId) {
        return budgets.findByPlanId(planId).filter(b -> guard.expected(b.personId()))
                .map(b -> words.sections(reader.view(planId, b.personId()))).orElse(List.of());
    }

    @Override
    public List<Gap> gaps(UUID planId, UUID personId) {
        return guard.expected(personId) ? reader.view(planId, personId).gaps() : List.of();
    }

    @Override
    public Optional<PlanView.SectionStatus> statusOf(PlanSection section, UUID planId, UUID personId) {
        if (section != PlanSection.MONEY || !guard.expected(personId)) {
            return Optional.empty();
        }
        return Optional.of(gaps(planId, personId).isEmpty()
                ? PlanView.SectionStatus.COMPLETED : PlanView.SectionStatus.IN_PROGRESS);
    }
}
