package org.oneplan.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.OptionalInt;
import org.oneplan.access.internal.ApiTokens;

/** A new API token's name and how many days it lasts, as typed. */
class NewTokenForm {

    @NotBlank(message = "{tokens.name.required}")
    @Size(max = 100, message = "{tokens.name.tooLong}")
    private String name;
    private String lifetimeDays;

    static NewTokenForm lasting(int days) {
        NewTokenForm form = new NewTokenForm();
        form.lifetimeDays = Integer.toString(days);
        return form;
    }

    /** The lifetime, if it is a whole number of days from 1 to 365. */
    OptionalInt days() {
        String text = lifetimeDays == null ? "" : lifetimeDays.strip();
        if (!text.matches("\\d{1,3}")) {
            return OptionalInt.empty();
        }
        int days = Integer.parseInt(text);
        return days >= 1 && days <= ApiTokens.MAX_LIFETIME_DAYS ? OptionalInt.of(days) : OptionalInt.empty();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getLifetimeDays() { return lifetimeDays; }
    public void setLifetimeDays(String lifetimeDays) { this.lifetimeDays = lifetimeDays; }
}
