package org.oneplan.access;

import java.util.Optional;

/** Who is making this request. */
public interface CurrentUsers {

    Optional<CurrentUser> current();

    /** The signed-in user; throws if nobody is signed in (a programming error behind security). */
    default CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
