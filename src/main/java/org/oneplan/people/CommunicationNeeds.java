package org.oneplan.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Communication and information needs in the Accessible Information Standard's terms. */
public record CommunicationNeeds(
        ContactMethod preferredContact,
        Set<InformationFormat> formats,
        @Size(max = 100, message = "{people.error.tooLong100}") String language,
        @Size(max = 1000, message = "{people.error.tooLong1000}") String notes) {

    public static final CommunicationNeeds NONE = new CommunicationNeeds(null, Set.of(), null, null);

    public CommunicationNeeds {
        formats = formats == null ? Set.of() : Set.copyOf(formats);
        language = Text.blankToNull(language);
        notes = Text.blankToNull(notes);
    }

    /** An interpreter is for a language, so the language must be named. */
    @AssertTrue(message = "{people.error.language.required}")
    @JsonIgnore
    public boolean isValidLanguage() {
        return !formats.contains(InformationFormat.INTERPRETER) || language != null;
    }
}
