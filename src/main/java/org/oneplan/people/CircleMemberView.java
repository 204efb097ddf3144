package org.oneplan.people;

import java.util.UUID;

/** A current member of the circle of support; {@code hasAccount} when they can sign in as a supporter. */
public record CircleMemberView(UUID id, CircleMemberDetails details, boolean hasAccount, long version) {
}
