package org.oneplan.notifications.internal;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskRepository extends JpaRepository<AdministratorTask, UUID> {

    Page<AdministratorTask> findByStatusAndPersonIdIn(AdministratorTask.Status status, Collection<UUID> personIds,
                                                      Pageable pageable);

    long countByStatusAndPersonIdIn(AdministratorTask.Status status, Collection<UUID> personIds);
}
