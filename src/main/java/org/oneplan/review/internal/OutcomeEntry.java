package org.oneplan.review.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.oneplan.planning.Whose;
import org.oneplan.review.Progress;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;

/** Progress on one of the plan's outcomes, with the outcome's words as they were when it was recorded. */
@Embeddable
class OutcomeEntry {

    static final int MAX_WORDING = 1000;

    private UUID outcomeId;
    private String outcomeText;
    @Enumerated(EnumType.STRING)
    private Progress progress;
    private Integer rating;
    private String notes;
    private String newWording;
    @Enumerated(EnumType.STRING)
    private Whose wordingWhose;
    private String wordingWhoseName;
    private String options;
    private boolean prioritised;

    protected OutcomeEntry() {
    }

    OutcomeEntry(UUID outcomeId, String outcomeText, ReviewRecords.OutcomeDraft d) {
        Texts.require(d.progress() != null, "progress", "review.outcome.error.progress");
        Texts.require(d.rating() == null || d.rating() >= 1 && d.rating() <= 10, "rating", "review.outcome.error.rating");
        this.notes = Texts.optional(d.notes(), Texts.LONG, "notes");
        this.options = Texts.optional(d.options(), Texts.LONG, "options");
        this.newWording = d.progress().closes() ? null : Texts.optional(d.newWording(), MAX_WORDING, "newWording");
        this.wordingWhoseName = newWording == null ? null
                : Texts.whoseName(d.wordingWhose(), d.wordingWhoseName(), "wordingWhose", "wordingWhoseName");
        this.wordingWhose = newWording == null ? null : d.wordingWhose();
        this.outcomeId = outcomeId;
        this.outcomeText = outcomeText;
        this.progress = d.progress();
        this.rating = d.rating();
        this.prioritised = d.prioritised() && !d.progress().closes();
    }

    UUID outcomeId() {
        return outcomeId;
    }

    boolean closes() {
        return progress.closes();
    }

    ReviewRecord.OutcomeReview view() {
        return new ReviewRecord.OutcomeReview(outcomeId, outcomeText, progress, rating, notes, newWording, wordingWhose,
                wordingWhoseName, options, prioritised);
    }
}
