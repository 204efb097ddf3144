package org.oneplan.review.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.planning.CheckIn;
import org.oneplan.review.Reviews;
import org.oneplan.review.ReviewsOverview;

/** An informal check-in between formal reviews, recorded briefly; never changed once written. */
@Entity
@Table(name = "review_check_in")
class CheckInNote {

    @Id
    private UUID id;
    private UUID personId;
    private LocalDate happenedOn;
    @Enumerated(EnumType.STRING)
    private CheckIn how;
    private String whatWasSaid;
    private String toActOn;
    private String writtenBy;
    private Instant writtenAt;

    protected CheckInNote() {
    }

    CheckInNote(UUID personId, Reviews.CheckInDraft d, LocalDate today, String by, Instant now) {
        Texts.require(d.on() != null, "on", "review.checkIn.error.on");
        Texts.require(!d.on().isAfter(today), "on", "review.checkIn.error.on.future");
        Texts.require(d.how() != null, "how", "review.checkIn.error.how");
        this.whatWasSaid = Texts.required(d.whatWasSaid(), Texts.LONG, "whatWasSaid", "review.checkIn.error.said");
        this.toActOn = Texts.optional(d.toActOn(), Texts.LONG, "toActOn");
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.happenedOn = d.on();
        this.how = d.how();
        this.writtenBy = by;
        this.writtenAt = now;
    }

    ReviewsOverview.CheckInView view() {
        return new ReviewsOverview.CheckInView(id, happenedOn, how, whatWasSaid, toActOn, writtenBy, writtenAt);
    }
}
