package org.oneplan.access;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask of user accounts. */
public interface Accounts {

    Optional<UUID> findIdByUsername(String username);

    Optional<String> displayNameOf(UUID userId);

    Optional<String> usernameOf(UUID userId);

    /** An active account with the SUPPORTER role, for linking to someone in a person's circle of support. */
    Optional<UUID> findSupporter(String username);

    /** Makes the account the person's own sign-in (a PERSON account sees only this record). */
    void linkToPerson(UUID userId, UUID personId);
}
