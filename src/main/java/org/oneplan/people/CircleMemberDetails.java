package org.oneplan.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A member of the person's circle of support, as entered. */
public record CircleMemberDetails(
        @NotBlank(message = "{people.error.memberName.required}") @Size(max = 200, message = "{people.error.tooLong200}") String name,
        @Size(max = 100, message = "{people.error.tooLong100}") String relationship,
        @NotNull(message = "{people.error.circle.required}") Circle circle,
        Set<SupportRole> roles,
        @Pattern(regexp = "[0-9 +()-]{6,30}", message = "{people.error.phone}") String phone,
        @Email(message = "{people.error.email}") @Size(max = 254, message = "{people.error.email}") String email,
        boolean sharesRecord) {

    public CircleMemberDetails {
        name = Text.trim(name);
        relationship = Text.blankToNull(relationship);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        phone = Text.blankToNull(phone);
        email = Text.blankToNull(email);
    }
}
