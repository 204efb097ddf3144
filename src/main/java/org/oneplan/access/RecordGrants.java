package org.oneplan.access;

import java.util.Set;
import java.util.UUID;

/**
 * The people who have shared their record with a user account (a supporter in their circle).
 * The people module owns sharing decisions and provides this; access only asks.
 */
public interface RecordGrants {

    Set<UUID> personIdsSharedWith(UUID userId);
}
