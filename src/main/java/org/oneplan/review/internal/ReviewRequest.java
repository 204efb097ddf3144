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
import org.oneplan.review.RequestView;
import org.oneplan.review.RequestedBy;
import org.oneplan.review.Reviews;
import org.oneplan.web.StaleRecordException;

/**
 * Someone asked for a review: who, when and why. It is answered once, by a response recorded or by a review
 * scheduled or started for it, and never changes after that.
 */
@Entity
@Table(name = "review_request")
class ReviewRequest {

    @Id
    private UUID id;
    private UUID personId;
    @Enumerated(EnumType.STRING)
    private RequestedBy requestedBy;
    private String requesterName;
    private LocalDate requestedOn;
    private String why;
    private String response;
    private LocalDate answeredOn;
    private String answeredBy;
    private UUID reviewId;
    private String recordedBy;
    private Instant recordedAt;
    @Version
    private Long version;

    protected ReviewRequest() {
    }

    ReviewRequest(UUID personId, Reviews.RequestDraft d, LocalDate today, String by, Instant now) {
        Texts.require(d.requestedBy() != null, "requestedBy", "review.request.error.requestedBy");
        String name = Texts.optional(d.requesterName(), Texts.SHORT, "requesterName");
        Texts.require(!d.requestedBy().needsName() || name != null, "requesterName", "review.request.error.name");
        Texts.require(d.requestedOn() != null, "requestedOn", "review.request.error.requestedOn");
        Texts.require(!d.requestedOn().isAfter(today), "requestedOn", "review.request.error.requestedOn.future");
        Texts.require(!d.requestedOn().isBefore(today.minusYears(1)), "requestedOn", "review.request.error.requestedOn.old");
        this.why = Texts.required(d.why(), Texts.LONG, "why", "review.request.error.why");
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.requestedBy = d.requestedBy();
        this.requesterName = d.requestedBy().needsName() ? name : null;
        this.requestedOn = d.requestedOn();
        this.recordedBy = by;
        this.recordedAt = now;
    }

    void respond(String text, long expectedVersion, LocalDate today, String by) {
        checkVersion(expectedVersion);
        Texts.require(answeredOn == null, "response", "review.request.error.answered");
        this.response = Texts.required(text, Texts.LONG, "response", "review.request.error.response");
        answered(today, by);
    }

    /** A review was scheduled or started for it. */
    void answerWith(UUID review, LocalDate today, String by) {
        Texts.require(answeredOn == null, "requestId", "review.request.error.answered");
        this.reviewId = review;
        answered(today, by);
    }

    void checkVersion(long expected) {
        if (version == null || version != expected) {
            throw new StaleRecordException(version == null ? -1 : version);
        }
    }

    private void answered(LocalDate today, String by) {
        this.answeredOn = today;
        this.answeredBy = by;
    }

    UUID id() { return id; }
    UUID personId() { return personId; }
    boolean answered() { return answeredOn != null; }

    RequestView view(ReviewCalendar calendar, int responseDays) {
        int age = calendar.between(requestedOn, answeredOn == null ? calendar.today() : answeredOn);
        return new RequestView(id, requestedBy, requesterName, requestedOn, why, response, answeredOn, reviewId, age,
                calendar.respondBy(requestedOn, responseDays), age > responseDays, version == null ? 0 : version);
    }
}
