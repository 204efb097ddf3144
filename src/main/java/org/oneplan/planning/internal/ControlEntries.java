package org.oneplan.planning.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** Risks or contingency plans of a plan, oldest first; removed ones are kept but not found. */
@NoRepositoryBean
interface ControlEntries<T extends ControlEntry> extends JpaRepository<T, UUID> {

    List<T> findByPlanIdAndRemovedAtIsNullOrderByAddedAt(UUID planId);

    Optional<T> findByIdAndPlanIdAndRemovedAtIsNull(UUID id, UUID planId);
}
