package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Outcomes;
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

/** The outcomes the person wants (question 2). Removing one keeps it on record, out of the plan. */
@RestController
@RequestMapping("/api/v1/people/{id}/plan/outcomes")
@Tag(name = OutcomeApi.TAG)
class OutcomeApi {

    static final String TAG = "Plan: outcomes and options";

    private final Outcomes outcomes;

    OutcomeApi(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "The plan's outcomes, in the order they were added")
    List<OutcomeView> list(@PathVariable UUID id) {
        return outcomes.of(id);
    }

    @PostMapping
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Add an outcome: 201 with its address and ETag",
            description = "A target date must be today or later; needCodes are eligibility outcome codes.")
    ResponseEntity<OutcomeView> add(@PathVariable UUID id, @Valid @RequestBody OutcomeBody body) {
        OutcomeView added = outcomes.add(id, body.draft());
        return PlanETags.created(id, "outcomes/" + added.id(), added.words().version(), added);
    }

    @GetMapping("/{outcomeId}")
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "One outcome, with its version as the ETag")
    ResponseEntity<OutcomeView> one(@PathVariable UUID id, @PathVariable UUID outcomeId) {
        OutcomeView outcome = outcomes.one(id, outcomeId);
        return PlanETags.ok(outcome.words().version(), outcome);
    }

    @PutMapping("/{outcomeId}")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Rewrite an outcome; send If-Match with its ETag (428 without, 412 when stale)")
    ResponseEntity<OutcomeView> change(@PathVariable UUID id, @PathVariable UUID outcomeId,
                                       @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                       @Valid @RequestBody OutcomeBody body) {
        OutcomeView saved = outcomes.change(id, outcomeId, body.draft(), PlanETags.version(ifMatch));
        return PlanETags.ok(saved.words().version(), saved);
    }

    @DeleteMapping("/{outcomeId}")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Take an outcome out of the plan (kept on record); send If-Match with its ETag")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID outcomeId,
                                @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        outcomes.remove(id, outcomeId, PlanETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
