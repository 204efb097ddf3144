package org.oneplan.directory;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Which plans use which entries, so that each entry can say "used in N plans". Planning calls it in its own
 * transaction when an option or an action of a plan is linked to an entry ({@link #link}) and when that link
 * goes, or the option or action is removed ({@link #unlink}). Both are idempotent; the caller has already
 * checked that the signed-in user may change the plan.
 */
public interface DirectoryUse {

    /** Item {@code itemId} (an option or action) of plan {@code planId} uses the entry; a retired entry is refused. */
    void link(UUID entryId, UUID planId, UUID itemId);

    /** The item no longer uses the entry; the link is kept on record as ended. */
    void unlink(UUID entryId, UUID planId, UUID itemId);

    /** How many plans have at least one item linked to the entry now. */
    long plansUsing(UUID entryId);

    /**
     * The entries with these ids, retired or not, by id; unknown ids are left out. For showing the entries a plan
     * links to, to anyone who may read that plan (the person too): the caller has checked that, so unlike
     * {@link Directory#find} this does not ask for staff.
     */
    Map<UUID, DirectoryEntry> linked(Collection<UUID> entryIds);
}
