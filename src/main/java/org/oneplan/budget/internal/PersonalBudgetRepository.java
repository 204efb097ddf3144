package org.oneplan.budget.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalBudgetRepository extends JpaRepository<PersonalBudget, UUID> {

    @EntityGraph(attributePaths = {"other", "dpNeeds"})
    Optional<PersonalBudget> findByPlanId(UUID planId);

    @EntityGraph(attributePaths = {"other", "dpNeeds"})
    Optional<PersonalBudget> findByPersonId(UUID personId);
}
