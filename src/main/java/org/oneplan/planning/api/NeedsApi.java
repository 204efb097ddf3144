package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.oneplan.planning.AssessedNeeds;
import org.oneplan.planning.EligibilityView;
import org.oneplan.planning.NeedView;
import org.oneplan.planning.NeedsView;
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

/**
 * The assessed needs against the ten eligibility outcomes, and the eligibility decision. Each is written
 * whole: the first time with no precondition (or If-None-Match: *), afterwards with If-Match.
 */
@RestController
@RequestMapping("/api/v1/people/{id}/plan")
@Tag(name = NeedsApi.TAG)
class NeedsApi {

    static final String TAG = "Plan: needs, eligibility and advice";
    private static final String UPSERT = "The first time with no precondition; afterwards send If-Match with its "
            + "ETag (428 without it, 412 with the current version when stale).";

    private final AssessedNeeds needs;

    NeedsApi(AssessedNeeds needs) {
        this.needs = needs;
    }

    @GetMapping("/needs")
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "All ten eligibility outcomes with what was assessed, the eligibility decision and the advice given")
    NeedsView all(@PathVariable UUID id) {
        return view(id);
    }

    @GetMapping("/needs/{outcomeKey}")
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "One eligibility outcome by its code; the ETag is there once it has been assessed")
    ResponseEntity<NeedView> need(@PathVariable UUID id, @PathVariable String outcomeKey) {
        NeedView need = view(id).need(outcomeKey).orElseThrow(() -> new RecordNotFoundException("Need"));
        return need.version() == null ? ResponseEntity.ok(need) : PlanETags.ok(need.version(), need);
    }

    @PutMapping("/needs/{outcomeKey}")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Record whether the person is unable to achieve an eligibility outcome, the impact, and how "
            + "the council will meet it", description = UPSERT)
    ResponseEntity<NeedView> record(@PathVariable UUID id, @PathVariable String outcomeKey,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @Valid @RequestBody NeedBody body) {
        NeedView saved = needs.record(id, outcomeKey, body.draft(), PlanETags.optional(ifMatch));
        return PlanETags.ok(saved.version(), saved);
    }

    @GetMapping("/eligibility")
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "The eligibility decision and its reason; 404 until one is recorded")
    ResponseEntity<EligibilityView> eligibility(@PathVariable UUID id) {
        EligibilityView decided = view(id).eligibility();
        if (decided == null) {
            throw new RecordNotFoundException("Eligibility decision");
        }
        return PlanETags.ok(decided.version(), decided);
    }

    @PutMapping("/eligibility")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Record the eligibility decision; MEETS needs two or more outcomes the person is unable to "
            + "achieve", description = UPSERT)
    ResponseEntity<EligibilityView> decide(@PathVariable UUID id,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody EligibilityBody body) {
        EligibilityView saved = needs.decide(id, body.decision(), body.reason(), PlanETags.optional(ifMatch));
        return PlanETags.ok(saved.version(), saved);
    }

    private NeedsView view(UUID id) {
        return needs.find(id).orElseThrow(() -> new RecordNotFoundException("Plan"));
    }
}
