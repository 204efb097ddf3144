package org.oneplan.planning.internal;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The history of the plan's actions' progress, written once. */
interface ActionProgressEntryRepository extends JpaRepository<ActionProgressEntry, UUID> {
}
