package org.oneplan.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An entry's content as an administrator writes it (on a page, in the API or in a CSV row). Text is trimmed
 * and blank optional text becomes null. The category is one of {@link DirectoryCategories}' codes, which the
 * directory checks when it saves.
 */
public record DirectoryDraft(
        @NotBlank(message = "{directory.error.name.required}")
        @Size(max = 200, message = "{directory.error.name.tooLong}") String name,
        @NotBlank(message = "{directory.error.description.required}")
        @Size(max = 2000, message = "{directory.error.description.tooLong}") String description,
        @NotBlank(message = "{directory.error.category.required}") String category,
        @NotBlank(message = "{directory.error.area.required}")
        @Size(max = 100, message = "{directory.error.area.tooLong}") String area,
        @Pattern(regexp = "[0-9 +()-]{6,30}", message = "{directory.error.phone}") String phone,
        @Email(message = "{directory.error.email}") @Size(max = 254, message = "{directory.error.email}") String email,
        @Pattern(regexp = "(?i)https?://[^\\s/$.?#][^\\s]{0,290}", message = "{directory.error.website}") String website,
        @Size(max = 500, message = "{directory.error.address.tooLong}") String address,
        Cost cost,
        @Size(max = 300, message = "{directory.error.costDetails.tooLong}") String costDetails,
        @Size(max = 1000, message = "{directory.error.openingTimes.tooLong}") String openingTimes,
        @Size(max = 1000, message = "{directory.error.accessibility.tooLong}") String accessibility) {

    public DirectoryDraft {
        name = trim(name);
        description = trim(description);
        category = trim(category);
        area = trim(area);
        phone = trim(phone);
        email = trim(email);
        website = trim(website);
        address = trim(address);
        costDetails = trim(costDetails);
        openingTimes = trim(openingTimes);
        accessibility = trim(accessibility);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
