package org.oneplan.review.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.oneplan.review.Perspective;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;

/** Something working or not working, from one perspective, in the words of whoever is named. */
@Embeddable
class StatementEntry {

    static final int MAX = 1000;

    private boolean working;
    @Enumerated(EnumType.STRING)
    private Perspective perspective;
    private String whoseName;
    private String text;
    private String writtenBy;
    private Instant writtenAt;

    protected StatementEntry() {
    }

    StatementEntry(ReviewRecords.StatementDraft d, String by, Instant now) {
        Texts.require(d.working() != null, "working", "review.statement.error.working");
        Texts.require(d.perspective() != null, "perspective", "review.statement.error.perspective");
        String name = Texts.optional(d.whoseName(), Texts.SHORT, "whoseName");
        Texts.require(!d.perspective().needsName() || name != null, "whoseName", "review.statement.error.whoseName");
        this.text = Texts.required(d.text(), MAX, "text", "review.statement.error.text");
        this.working = d.working();
        this.perspective = d.perspective();
        this.whoseName = d.perspective().needsName() ? name : null;
        this.writtenBy = by;
        this.writtenAt = now;
    }

    Perspective perspective() {
        return perspective;
    }

    ReviewRecord.Statement view() {
        return new ReviewRecord.Statement(working, perspective, whoseName, text, writtenBy, writtenAt);
    }
}
