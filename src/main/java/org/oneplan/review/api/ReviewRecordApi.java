package org.oneplan.review.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;
import org.oneplan.planning.ActionDraft;
import org.oneplan.review.ActionDecision;
import org.oneplan.review.ReviewPart;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The person-centred review record, read whole and written part by part while the review is in progress. Every write
 * sends If-Match with the record's version (its ETag) and answers with the whole record and its new version.
 */
@RestController
@RequestMapping("/api/v1/people/{id}/reviews/{reviewId}")
@Tag(name = ReviewsApi.TAG)
class ReviewRecordApi {

    private final ReviewRecords records;

    ReviewRecordApi(ReviewRecords records) {
        this.records = records;
    }

    @GetMapping
    @PreAuthorize(ReviewsApi.READERS)
    @Operation(summary = "The review record; while in progress, with the plan's outcomes, its actions (each with its "
            + "progress and the decision as it stands) and what is missing")
    ResponseEntity<ReviewRecord> read(@PathVariable UUID id, @PathVariable UUID reviewId) {
        ReviewRecord record = records.find(id, reviewId);
        return ReviewETags.ok(record.version(), record);
    }

    @PutMapping("/participants")
    @PreAuthorize(ReviewsApi.PLANNERS)
    @Operation(summary = "Who took part: personTookPart, personChoseWho, names, advocate")
    ResponseEntity<ReviewRecord> participants(@PathVariable UUID id, @PathVariable UUID reviewId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody ReviewRecord.Participants body) {
        return write(ifMatch, v -> records.participants(id, reviewId, body, v));
    }

    @PutMapping("/answers/{part}")
    @PreAuthorize(ReviewsApi.PLANNERS)
    @Operation(summary = "One answer (admire, important-now, important-future, healthy-and-safe, questions, in-a-year): "
            + "text, whose, whoseName")
    ResponseEntity<ReviewRecord> answer(@PathVariable UUID id, @PathVariable UUID reviewId, @PathVariable String part,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody ReviewRecords.Answer body) {
        ReviewPart which = ReviewPart.ofSlug(part).orElseThrow(() -> new RecordNotFoundException("Part"));
        return write(ifMatch, v -> records.answer(id, reviewId, which, body, v));
    }

    @PostMapping("/statements")
    @PreAuthorize(ReviewsApi.PLANNERS)
    @Operation(summary = "Add what is working or not: working, perspective (PERSON, FAMILY, STAFF, OTHER), whoseName, text")
    ResponseEntity<ReviewRecord> statement(@PathVariable UUID id, @PathVariable UUID reviewId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody ReviewRecords.StatementDraft body) {
        return write(ifMatch, v -> records.addStatement(id, reviewId, body, v));
    }

    @DeleteMapping("/statements/{index}")
    @PreAuthorize(ReviewsApi.PLANNERS)
    @Operation(summary = "Remove a statement by its place in the list, from 0")
    ResponseEntity<ReviewRecord> removeStatement(@PathVariable UUID id, @PathVariable UUID reviewId,
            @PathVariable int index, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return write(ifMatch, v -> records.removeStatement(id, reviewId, index, v));
    }

    @PutMapping("/outcomes/{outcomeId}")
    @PreAuthorize(ReviewsApi.PLANNERS)
    @Operation(summary = "Progress on an outcome of the plan: progress (ACHIEVED, PARTLY, NOT_YET, NO_LONGER_WANTED), "
            + "rating 1-10, notes, newWording with wordingWhose and wordingWhoseName, options, prioritised")
    ResponseEntity<ReviewRecord> outcome(@PathVariable UUID id, @PathVariable UUID reviewId,
            @PathVariable UUID outcomeId, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody ReviewRecords.OutcomeDraft body) {
        return write(ifMatch, v -> records.outcome(id, reviewId, outcomeId, body, v));
    }

    @PostMapping("/new-outcomes")
    @PreAuthorize(ReviewsApi.PLANNERS)
    @Operation(summary = "A new outcome for the plan: text, whose, whoseName")
    ResponseEntity<ReviewRecord> newOutcome(@PathVariable UUID id, @PathVariable UUID reviewId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody ReviewRecords.Answer body) {
        return write(ifMatch, v -> records.addOutcome(id, reviewId, body, v));
    }

    @DeleteMapping("/new-outcomes/{newOutcomeId}")
    @PreAuthorize(ReviewsApi.PLANNERS)
    @Operation(summary = "Remove a new outcome no new action serves")
    ResponseEntity<ReviewRecord> removeOutcome(@PathVariable UUID id, @PathVariable UUID reviewId,
            @PathVariable UUID newOutcomeId, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return write(ifMatch, v -> records.removeOutcome(id, reviewId, newOutcomeId, v));
    }

    @PutMapping("/actions")
    @PreAuthorize(ReviewsApi.PLANNERS)
    @Operation(summary = "For the plan's actions, by id: CARRY_OVER or CLOSE. An action left out is "
            + "undecided: it is closed if DONE or NO_LONGER_NEEDED, else carried over, as its planActions decision says")
    ResponseEntity<ReviewRecord> actions(@PathVariable UUID id, @PathVariable UUID reviewId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody Map<UUID, ActionDecision> body) {
        return write(ifMatch, v -> records.actions(id, reviewId, body, v));
    }

    @PostMapping("/new-actions")
    @PreAuthorize(ReviewsApi.PLANNERS)
    @Operation(summary = "A new SMART action: text, owner, ownerName, dueDate, outcomeId (kept or new), layer")
    ResponseEntity<ReviewRecord> newAction(@PathVariable UUID id, @PathVariable UUID reviewId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody ActionDraft body) {
        return write(ifMatch, v -> records.addAction(id, reviewId, body, v));
    }

    @DeleteMapping("/new-actions/{index}")
    @PreAuthorize(ReviewsApi.PLANNERS)
    @Operation(summary = "Remove a new action by its place in the list, from 0")
    ResponseEntity<ReviewRecord> removeAction(@PathVariable UUID id, @PathVariable UUID reviewId,
            @PathVariable int index, @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        return write(ifMatch, v -> records.removeAction(id, reviewId, index, v));
    }

    @PutMapping("/decisions")
    @PreAuthorize(ReviewsApi.PLANNERS)
    @Operation(summary = "reassessmentNeeded with reassessmentWhy, budgetNeedsToChange with budgetWhy, nextReview")
    ResponseEntity<ReviewRecord> decisions(@PathVariable UUID id, @PathVariable UUID reviewId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody ReviewRecord.Decisions body) {
        return write(ifMatch, v -> records.decisions(id, reviewId, body, v));
    }

    @PutMapping("/working-together")
    @PreAuthorize(ReviewsApi.PLANNERS)
    @Operation(summary = "Working Together for Change: working1, working2, notWorking1, notWorking2, future, consent")
    ResponseEntity<ReviewRecord> workingTogether(@PathVariable UUID id, @PathVariable UUID reviewId,
            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody ReviewRecord.WorkingTogether body) {
        return write(ifMatch, v -> records.workingTogether(id, reviewId, body, v));
    }

    private static ResponseEntity<ReviewRecord> write(String ifMatch, LongFunction<ReviewRecord> change) {
        ReviewRecord saved = change.apply(ReviewETags.version(ifMatch));
        return ReviewETags.ok(saved.version(), saved);
    }
}
