package org.oneplan.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The coordinator the person chose: a member of staff (by account), a named family member or peer
 * supporter, or the person themself.
 */
public record NamedCoordinator(
        @NotNull(message = "{people.error.coordinatorKind.required}") CoordinatorKind kind,
        UUID userId,
        @Size(max = 200, message = "{people.error.tooLong200}") String name) {

    public NamedCoordinator {
        name = Text.blankToNull(name);
        if (kind != CoordinatorKind.STAFF) {
            userId = null;
        }
        if (kind == CoordinatorKind.STAFF || kind == CoordinatorKind.SELF) {
            name = null;
        }
    }

    @AssertTrue(message = "{people.error.coordinatorUser.required}")
    @JsonIgnore
    public boolean isValidUserId() {
        return kind != CoordinatorKind.STAFF || userId != null;
    }

    @AssertTrue(message = "{people.error.coordinatorName.required}")
    @JsonIgnore
    public boolean isValidName() {
        return kind == null || kind == CoordinatorKind.STAFF || kind == CoordinatorKind.SELF || name != null;
    }
}
