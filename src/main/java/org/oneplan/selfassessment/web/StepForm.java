package org.oneplan.selfassessment.web;

import org.oneplan.web.DateParts;
import org.springframework.validation.Errors;

/** A new first step as typed: kept as typed so that a mistake is shown back unchanged. */
public class StepForm {

    static final int MAX_DESCRIPTION = 500;
    static final int MAX_OWNER = 200;

    private String description;
    private String owner;
    private DateParts due = new DateParts();

    /** Puts every problem next to its field at once, so the user fixes them in one go. */
    void check(Errors errors) {
        if (description == null || description.isBlank()) {
            errors.rejectValue("description", "selfassessment.error.step.description");
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.rejectValue("description", "selfassessment.error.step.descriptionTooLong");
        }
        if (owner == null || owner.isBlank()) {
            errors.rejectValue("owner", "selfassessment.error.step.owner");
        } else if (owner.length() > MAX_OWNER) {
            errors.rejectValue("owner", "selfassessment.error.step.ownerTooLong");
        }
        if (due.toLocalDate().isEmpty()) {
            errors.rejectValue("due", due.isBlank() ? "selfassessment.error.step.due" : "selfassessment.error.step.dueReal");
        }
    }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public DateParts getDue() { return due; }
    public void setDue(DateParts due) { this.due = due; }
}
