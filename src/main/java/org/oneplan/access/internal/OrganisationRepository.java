package org.oneplan.access.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    @Query("select o from Organisation o where lower(o.name) = lower(?1)")
    Optional<Organisation> findByName(String name);

    @Query("select o from Organisation o order by o.active desc, o.name")
    List<Organisation> findAllOrdered();
}
