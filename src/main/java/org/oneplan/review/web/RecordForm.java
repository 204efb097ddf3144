package org.oneplan.review.web;

import java.time.LocalDate;
import org.oneplan.web.DateParts;
import org.springframework.validation.BindingResult;

/** A form that changes the review's record: it carries the record's version as the writer saw it. */
public abstract class RecordForm {

    private long version;

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    /** The date typed, or null when none; one typed that is not a real date is refused on {@code field}. */
    static LocalDate date(DateParts parts, BindingResult result, String field) {
        if (!parts.isBlank() && parts.toLocalDate().isEmpty()) {
            result.rejectValue(field, "review.error.date.real");
        }
        return parts.toLocalDate().orElse(null);
    }
}
