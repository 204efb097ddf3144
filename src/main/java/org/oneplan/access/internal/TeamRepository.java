package org.oneplan.access.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TeamRepository extends JpaRepository<Team, UUID> {

    @Query("select t from Team t where t.active = true order by t.name")
    List<Team> findActive();

    @Query("select t from Team t order by t.active desc, t.name")
    List<Team> findAllOrdered();
}
