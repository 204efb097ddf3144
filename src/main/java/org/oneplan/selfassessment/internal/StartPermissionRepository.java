package org.oneplan.selfassessment.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StartPermissionRepository extends JpaRepository<StartPermission, StartPermission.Key> {

    @Query("select p from StartPermission p where p.teamId in ?1")
    List<StartPermission> findForTeams(Collection<java.util.UUID> teamIds);

    @Query("select p.teamId from StartPermission p where p.userId = ?1")
    List<java.util.UUID> teamsFor(java.util.UUID userId);
}
