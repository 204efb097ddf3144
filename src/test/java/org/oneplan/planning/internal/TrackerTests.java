package org.oneplan.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.Role;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.ActionStatus;

/** Who may record progress on an action: planners on any; the person and their supporters on their own. */
class TrackerTests {

    static final UUID PERSON = UUID.randomUUID();

    static CurrentUser user(UUID personId, Role... roles) {
        return new CurrentUser(UUID.randomUUID(), "u", "U", Set.of(roles), Set.of(), personId);
    }

    @Test
    void aPlannerTracksEveryAction() {
        for (ActionOwner owner : ActionOwner.values()) {
            Tracker tracker = Tracker.of(user(null, Role.COORDINATOR), PERSON, owner, true, () -> false);
            assertThat(tracker).isEqualTo(Tracker.PLANNER);
            assertThat(tracker.mayMove(ActionStatus.IN_PROGRESS, ActionStatus.NO_LONGER_NEEDED)).isTrue();
        }
    }

    @Test
    void thePersonTracksTheirOwnAndTheirSupportersActionsButNoOneElses() {
        CurrentUser person = user(PERSON, Role.PERSON);
        assertThat(Tracker.of(person, PERSON, ActionOwner.THE_PERSON, false, () -> false)).isEqualTo(Tracker.OWN);
        assertThat(Tracker.of(person, PERSON, ActionOwner.SUPPORTER, false, () -> false)).isEqualTo(Tracker.OWN);
        assertThat(Tracker.of(person, PERSON, ActionOwner.PRACTITIONER, false, () -> false)).isEqualTo(Tracker.NONE);
        assertThat(Tracker.of(person, PERSON, ActionOwner.ORGANISATION, false, () -> false)).isEqualTo(Tracker.NONE);
        assertThat(Tracker.of(person, UUID.randomUUID(), ActionOwner.THE_PERSON, false, () -> false))
                .as("someone else's plan").isEqualTo(Tracker.NONE);
        assertThat(Tracker.of(user(PERSON, Role.SUPPORTER), PERSON, ActionOwner.THE_PERSON, false, () -> false))
                .as("linked to the person but not signed in as them").isEqualTo(Tracker.NONE);
    }

    @Test
    void aSupporterTracksOnlyWhenThePersonSharesWithThem() {
        CurrentUser supporter = user(null, Role.SUPPORTER);
        assertThat(Tracker.of(supporter, PERSON, ActionOwner.SUPPORTER, false, () -> true)).isEqualTo(Tracker.OWN);
        assertThat(Tracker.of(supporter, PERSON, ActionOwner.THE_PERSON, false, () -> true)).isEqualTo(Tracker.OWN);
        assertThat(Tracker.of(supporter, PERSON, ActionOwner.SUPPORTER, false, () -> false)).isEqualTo(Tracker.NONE);
        assertThat(Tracker.of(supporter, PERSON, ActionOwner.PRACTITIONER, false, () -> true)).isEqualTo(Tracker.NONE);
        assertThat(Tracker.of(user(null, Role.COORDINATOR), PERSON, ActionOwner.THE_PERSON, false, () -> true))
                .as("shared with, but not as a supporter").isEqualTo(Tracker.NONE);
    }

    @Test
    void onlyPlannersDecideAnActionIsNoLongerNeeded() {
        assertThat(Tracker.OWN.mayMove(ActionStatus.NOT_STARTED, ActionStatus.DONE)).isTrue();
        assertThat(Tracker.OWN.mayMove(ActionStatus.DONE, ActionStatus.IN_PROGRESS)).isTrue();
        assertThat(Tracker.OWN.mayMove(ActionStatus.DONE, null)).as("a note only").isTrue();
        assertThat(Tracker.OWN.mayMove(ActionStatus.IN_PROGRESS, ActionStatus.NO_LONGER_NEEDED)).isFalse();
        assertThat(Tracker.OWN.mayMove(ActionStatus.NO_LONGER_NEEDED, ActionStatus.NO_LONGER_NEEDED))
                .as("a note on one already ended").isTrue();
        assertThat(Tracker.NONE.mayTrack()).isFalse();
    }
}
