package org.oneplan.access;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of user accounts. */
public interface Accounts {

    Optional<UUID> findIdByUsername(String username);

    Optional<String> displayNameOf(UUID userId);

    /** Makes the account the person's own sign-in (a PERSON account sees only this record). */
    void linkToPerson(UUID userId, UUID personId);
}
