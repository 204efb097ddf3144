package org.oneplan.people.internal;

import java.util.Set;
import java.util.UUID;
import org.oneplan.access.RecordGrants;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The people who chose to share their record with a supporter in their circle. */
@Component
class JpaRecordGrants implements RecordGrants {

    private final CircleMemberRepository circles;

    JpaRecordGrants(CircleMemberRepository circles) {
        this.circles = circles;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> personIdsSharedWith(UUID userId) {
        return Set.copyOf(circles.personIdsSharedWith(userId));
    }
}
