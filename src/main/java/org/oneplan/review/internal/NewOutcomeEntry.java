package org.oneplan.review.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.oneplan.planning.Whose;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;

/** A new outcome for the next version of the plan, in someone's words. */
@Embeddable
class NewOutcomeEntry {

    private UUID id;
    private String text;
    @Enumerated(EnumType.STRING)
    private Whose whose;
    private String whoseName;

    protected NewOutcomeEntry() {
    }

    NewOutcomeEntry(ReviewRecords.Answer a) {
        this.text = Texts.required(a.text(), OutcomeEntry.MAX_WORDING, "text", "review.newOutcome.error.text");
        this.whoseName = Texts.whoseName(a.whose(), a.whoseName(), "whose", "whoseName");
        this.whose = a.whose();
        this.id = UUID.randomUUID();
    }

    UUID id() {
        return id;
    }

    ReviewRecord.NewOutcome view() {
        return new ReviewRecord.NewOutcome(id, text, whose, whoseName);
    }
}
