package org.oneplan.review.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.oneplan.planning.Whose;
import org.oneplan.planning.Words;
import org.oneplan.review.ReviewPart;
import org.oneplan.review.ReviewRecords;

/** One part of the record written as an answer, in someone's words. */
@Embeddable
class Answered {

    @Enumerated(EnumType.STRING)
    private ReviewPart part;
    private String text;
    @Enumerated(EnumType.STRING)
    private Whose whose;
    private String whoseName;
    private String writtenBy;
    private Instant writtenAt;

    protected Answered() {
    }

    Answered(ReviewPart part, ReviewRecords.Answer a, String by, Instant now) {
        this.text = Texts.required(a.text(), Texts.LONG, "text", "review.answer.error.text");
        this.whoseName = Texts.whoseName(a.whose(), a.whoseName(), "whose", "whoseName");
        this.part = part;
        this.whose = a.whose();
        this.writtenBy = by;
        this.writtenAt = now;
    }

    ReviewPart part() {
        return part;
    }

    Words words() {
        return new Words(text, whose, whoseName, writtenBy, writtenAt, 0);
    }
}
