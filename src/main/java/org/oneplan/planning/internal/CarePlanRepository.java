package org.oneplan.planning.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CarePlanRepository extends JpaRepository<CarePlan, UUID> {

    @EntityGraph(attributePaths = "entries")
    @Query("select p from CarePlan p where p.personId = ?1")
    Optional<CarePlan> findForPerson(UUID personId);

    @Query("select p.id from CarePlan p where p.personId = ?1")
    Optional<UUID> idForPerson(UUID personId);
}
