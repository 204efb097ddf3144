package org.oneplan.budget.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SpendingLineRepository extends JpaRepository<SpendingLine, UUID> {

    @EntityGraph(attributePaths = "outcomeIds")
    @Query("select l from SpendingLine l where l.planId = ?1 and l.removedAt is null order by l.position")
    List<SpendingLine> current(UUID planId);

    @Query("select count(l) from SpendingLine l where l.planId = ?1")
    int countEver(UUID planId);
}
