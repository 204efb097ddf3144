package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.oneplan.planning.NextSteps;
import org.oneplan.planning.NextStepsView;
import org.oneplan.planning.ReviewArrangements;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How the plan is kept under review: informal check-ins, where and how often, and the next formal review. */
@RestController
@RequestMapping("/api/v1/people/{id}/plan/review")
@Tag(name = ActionApi.TAG)
class ReviewApi {

    private final NextSteps next;

    ReviewApi(NextSteps next) {
        this.next = next;
    }

    @GetMapping
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "The review arrangements; 404 until they are written")
    ResponseEntity<ReviewArrangements> read(@PathVariable UUID id) {
        ReviewArrangements review = next.find(id).map(NextStepsView::review)
                .orElseThrow(() -> new RecordNotFoundException("Review arrangements"));
        return PlanETags.ok(review.version(), review);
    }

    @PutMapping
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Write the review arrangements; nextReview must be between today and the most months ahead "
            + "the organisation allows", description = "The first time with no precondition; afterwards send "
            + "If-Match with its ETag.")
    ResponseEntity<ReviewArrangements> arrange(@PathVariable UUID id,
                                               @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody ReviewBody body) {
        ReviewArrangements saved = next.arrange(id, body.draft(), PlanETags.optional(ifMatch));
        return PlanETags.ok(saved.version(), saved);
    }
}
