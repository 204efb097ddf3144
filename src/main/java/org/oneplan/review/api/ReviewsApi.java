package org.oneplan.review.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.oneplan.review.RequestView;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewSummary;
import org.oneplan.review.Reviews;
import org.oneplan.review.ReviewsOverview;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's reviews, with the same access as the pages: whoever may see the person reads them and may ask for a
 * review; those who may plan with them arrange, start and complete reviews and answer requests. Changes to something
 * that exists send If-Match with its version (412 when stale, 428 when missing).
 */
@RestController
@RequestMapping("/api/v1/people/{id}")
@Tag(name = ReviewsApi.TAG)
class ReviewsApi {

    static final String TAG = "Reviews";
    static final String READERS = "isAuthenticated()";
    static final String PLANNERS = "hasAnyRole('COORDINATOR','ADMINISTRATOR','MANAGER')";

    private final Reviews reviews;

    ReviewsApi(Reviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/reviews")
    @PreAuthorize(READERS)
    @Operation(summary = "The next formal review, requests (unanswered first), every review (past and scheduled, with "
            + "type and status, newest first) and the check-ins")
    ReviewsOverview overview(@PathVariable UUID id) {
        return reviews.of(id);
    }

    @PostMapping("/review-requests")
    @PreAuthorize(READERS)
    @Operation(summary = "Ask for a review: requestedBy (PERSON, FAMILY_OR_CARER or PROVIDER), requesterName (unless "
            + "the person), requestedOn (not after today) and why")
    ResponseEntity<RequestView> request(@PathVariable UUID id, @RequestBody Reviews.RequestDraft body) {
        RequestView made = reviews.request(id, body);
        return ReviewETags.created("/api/v1/people/" + id + "/reviews", made.version(), made);
    }

    @PostMapping("/review-requests/{requestId}/response")
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Record the team's response to a request, which answers it; If-Match with the request's version")
    ResponseEntity<RequestView> respond(@PathVariable UUID id, @PathVariable UUID requestId,
                                        @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                        @RequestBody ResponseBody body) {
        RequestView answered = reviews.respond(id, requestId, body.response(), ReviewETags.version(ifMatch));
        return ReviewETags.ok(answered.version(), answered);
    }

    @PostMapping("/reviews")
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Arrange a review: type (PLANNED, UNPLANNED with whatHappened, REQUESTED with requestId) and on; "
            + "a day ahead schedules it, today or before starts it. Answers every request waiting.")
    ResponseEntity<ReviewSummary> open(@PathVariable UUID id, @RequestBody Reviews.Opening body) {
        ReviewSummary opened = reviews.open(id, body);
        return ReviewETags.created("/api/v1/people/" + id + "/reviews/" + opened.id(), opened.version(), opened);
    }

    @PostMapping("/reviews/{reviewId}/start")
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Start a scheduled review as it is held; If-Match with its version")
    ResponseEntity<ReviewSummary> start(@PathVariable UUID id, @PathVariable UUID reviewId,
                                        @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        ReviewSummary started = reviews.start(id, reviewId, ReviewETags.version(ifMatch));
        return ReviewETags.ok(started.version(), started);
    }

    @PostMapping("/reviews/{reviewId}/complete")
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Complete the review and update the plan as a draft for the person to agree",
            description = "400 naming what is missing; If-Match with the record's version.")
    ResponseEntity<ReviewRecord> complete(@PathVariable UUID id, @PathVariable UUID reviewId,
                                          @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        ReviewRecord done = reviews.complete(id, reviewId, ReviewETags.version(ifMatch));
        return ReviewETags.ok(done.version(), done);
    }

    @PostMapping("/check-ins")
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Record an informal check-in: on, how (TEXT, CALL, EMAIL or VISIT), whatWasSaid, toActOn")
    ResponseEntity<ReviewsOverview.CheckInView> checkIn(@PathVariable UUID id, @RequestBody Reviews.CheckInDraft body) {
        return ResponseEntity.status(201).body(reviews.checkIn(id, body));
    }

    record ResponseBody(String response) {
    }
}
