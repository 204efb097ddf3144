package org.oneplan.review.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.review.ReviewStatus;
import org.oneplan.review.ReviewSummary;
import org.oneplan.review.ReviewType;
import org.oneplan.review.Reviews;
import org.oneplan.web.StaleRecordException;

/**
 * A review of a person's plan: scheduled for a day, held and written up, then completed, after which it never changes.
 * Its record is written part by part only while it is in progress ({@link ReviewContent} holds the parts). Its
 * {@code reference} stands for it, anonymously, outside this module.
 */
@Entity
@Table(name = "review")
class Review extends ReviewContent {

    @Id
    private UUID id;
    private UUID personId;
    private UUID reference;
    @Enumerated(EnumType.STRING)
    private ReviewType type;
    @Enumerated(EnumType.STRING)
    private ReviewStatus status;
    private LocalDate reviewOn;
    private String whatHappened;
    private UUID requestId;
    private LocalDate completedOn;
    private String completedBy;
    private String openedBy;
    private Instant openedAt;
    @Version
    private Long version;

    protected Review() {
    }

    /** Scheduled when {@code on} is after today, otherwise in progress; a review is held no more than a year either way. */
    static Review open(UUID personId, Reviews.Opening o, LocalDate today, String by, Instant now) {
        Texts.require(o.type() != null, "type", "review.open.error.type");
        Texts.require(o.on() != null, "on", "review.open.error.on");
        Texts.require(!o.on().isAfter(today.plusYears(1)), "on", "review.open.error.on.late");
        Texts.require(!o.on().isBefore(today.minusYears(1)), "on", "review.open.error.on.early");
        Texts.require(o.type() != ReviewType.REQUESTED || o.requestId() != null, "requestId",
                "review.open.error.request");
        Review r = new Review();
        r.whatHappened = o.type() == ReviewType.UNPLANNED ? Texts.required(o.whatHappened(), Texts.LONG, "whatHappened",
                "review.open.error.whatHappened") : null;
        r.id = UUID.randomUUID();
        r.reference = UUID.randomUUID();
        r.personId = personId;
        r.type = o.type();
        r.requestId = o.type() == ReviewType.REQUESTED ? o.requestId() : null;
        r.reviewOn = o.on();
        r.status = o.on().isAfter(today) ? ReviewStatus.SCHEDULED : ReviewStatus.IN_PROGRESS;
        r.openedBy = by;
        r.openedAt = now;
        return r;
    }

    /** Held today (or on its day, if that has passed): only a scheduled review starts. */
    void start(long expectedVersion, LocalDate today) {
        checkVersion(expectedVersion);
        Texts.require(status == ReviewStatus.SCHEDULED, "review", "review.error.notScheduled");
        status = ReviewStatus.IN_PROGRESS;
        if (reviewOn.isAfter(today)) {
            reviewOn = today;
        }
    }

    void complete(LocalDate today, String by) {
        inProgress();
        status = ReviewStatus.COMPLETED;
        completedOn = today;
        completedBy = by;
    }

    void checkVersion(long expected) {
        if (version == null || version != expected) {
            throw new StaleRecordException(version == null ? -1 : version);
        }
    }

    @Override
    void inProgress() {
        Texts.require(status == ReviewStatus.IN_PROGRESS, "review",
                status == ReviewStatus.COMPLETED ? "review.error.completed" : "review.error.notStarted");
    }

    UUID id() { return id; }
    UUID personId() { return personId; }
    UUID reference() { return reference; }
    ReviewType type() { return type; }
    ReviewStatus status() { return status; }
    LocalDate reviewOn() { return reviewOn; }
    String whatHappened() { return whatHappened; }
    UUID requestId() { return requestId; }
    LocalDate completedOn() { return completedOn; }
    String completedBy() { return completedBy; }
    long version() { return version == null ? 0 : version; }

    boolean open() {
        return status != ReviewStatus.COMPLETED;
    }

    ReviewSummary summary() {
        return new ReviewSummary(id, type, status, reviewOn, completedOn, whatHappened, requestId, version());
    }
}
