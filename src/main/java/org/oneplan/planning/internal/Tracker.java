package org.oneplan.planning.internal;

import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.Role;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.ActionStatus;

/**
 * Who may record progress on an action (see {@link org.oneplan.planning.ActionTracking}): a planner on any action;
 * on an action the person or a supporter does, the person signed in as themself, or a supporter the person shares
 * their record with. Those "own" trackers may change its status except to no longer needed, and add notes.
 */
enum Tracker {
    PLANNER, OWN, NONE;

    /**
     * @param planner whether the caller may plan with the person
     * @param sharedWithCaller asked only when needed: whether the person shares their record with the caller
     */
    static Tracker of(CurrentUser user, UUID personId, ActionOwner owner, boolean planner,
                      BooleanSupplier sharedWithCaller) {
        if (planner) {
            return PLANNER;
        }
        if (owner != ActionOwner.THE_PERSON && owner != ActionOwner.SUPPORTER) {
            return NONE;
        }
        boolean thePerson = user.has(Role.PERSON) && personId.equals(user.personId());
        boolean supporter = !thePerson && user.has(Role.SUPPORTER) && sharedWithCaller.getAsBoolean();
        return thePerson || supporter ? OWN : NONE;
    }

    boolean mayTrack() {
        return this != NONE;
    }

    /** Whether this tracker may move an action from {@code current} to {@code to} (null: no change of status). */
    boolean mayMove(ActionStatus current, ActionStatus to) {
        return this == PLANNER || this == OWN && (to != ActionStatus.NO_LONGER_NEEDED || current == to);
    }
}
