package org.oneplan.people.api;

import java.util.UUID;
import org.oneplan.people.CoordinatorKind;
import org.oneplan.people.NamedCoordinator;

/** The named coordinator; {@code displayName} is filled in on reads (a staff member's name). */
record CoordinatorJson(CoordinatorKind kind, UUID userId, String name, String displayName) {

    static CoordinatorJson of(NamedCoordinator c, String displayName) {
        return new CoordinatorJson(c.kind(), c.userId(), c.name(), displayName);
    }

    NamedCoordinator toDomain() {
        return new NamedCoordinator(kind, userId, name);
    }
}
