package org.oneplan.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where and how to reach the person. */
public record ContactDetails(
        @Size(max = 200, message = "{people.error.tooLong200}") String addressLine1,
        @Size(max = 200, message = "{people.error.tooLong200}") String addressLine2,
        @Size(max = 100, message = "{people.error.tooLong100}") String town,
        @Pattern(regexp = "(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", message = "{people.error.postcode}") String postcode,
        @Pattern(regexp = "[0-9 +()-]{6,30}", message = "{people.error.phone}") String phone,
        @Email(message = "{people.error.email}") @Size(max = 254, message = "{people.error.email}") String email) {

    public static final ContactDetails NONE = new ContactDetails(null, null, null, null, null, null);

    public ContactDetails {
        addressLine1 = Text.blankToNull(addressLine1);
        addressLine2 = Text.blankToNull(addressLine2);
        town = Text.blankToNull(town);
        postcode = postcode == null || postcode.isBlank() ? null : postcode.trim().toUpperCase(java.util.Locale.UK);
        phone = Text.blankToNull(phone);
        email = Text.blankToNull(email);
    }

    /** The address on one line, leaving out the parts not recorded; null when there is none. */
    public String address() {
        String joined = java.util.stream.Stream.of(addressLine1, addressLine2, town, postcode)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }
}
