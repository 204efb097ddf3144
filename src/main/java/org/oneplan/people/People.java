package org.oneplan.people;

import java.util.Optional;
import java.util.UUID;

/** What other modules may ask about people: only ever those the signed-in user may see. */
public interface People {

    /** The person, if they exist and the caller may see them; a refusal is audited. */
    Optional<PersonSummary> findVisible(UUID personId);
}
