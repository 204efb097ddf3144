package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.AdviceGiven;
import org.oneplan.planning.AdviceView;
import org.oneplan.planning.AssessedNeeds;
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

/** Advice and information given to prevent or delay needs. Removing an item keeps it on record, out of the plan. */
@RestController
@RequestMapping("/api/v1/people/{id}/plan/advice")
@Tag(name = NeedsApi.TAG)
class AdviceApi {

    private final AdviceGiven advice;
    private final AssessedNeeds needs;

    AdviceApi(AdviceGiven advice, AssessedNeeds needs) {
        this.advice = advice;
        this.needs = needs;
    }

    @GetMapping
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "The advice and information given, still in the plan")
    List<AdviceView> list(@PathVariable UUID id) {
        return needs.find(id).orElseThrow(() -> new RecordNotFoundException("Plan")).advice();
    }

    @PostMapping
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Record advice or information given: 201 with its address and ETag",
            description = "givenOn must be today or earlier.")
    ResponseEntity<AdviceView> add(@PathVariable UUID id, @Valid @RequestBody AdviceBody body) {
        AdviceView added = advice.add(id, body.draft());
        return PlanETags.created(id, "advice/" + added.id(), added.version(), added);
    }

    @GetMapping("/{adviceId}")
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "One item of advice or information, with its version as the ETag")
    ResponseEntity<AdviceView> one(@PathVariable UUID id, @PathVariable UUID adviceId) {
        AdviceView given = advice.one(id, adviceId);
        return PlanETags.ok(given.version(), given);
    }

    @PutMapping("/{adviceId}")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Rewrite an item of advice or information; send If-Match with its ETag")
    ResponseEntity<AdviceView> change(@PathVariable UUID id, @PathVariable UUID adviceId,
                                      @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                      @Valid @RequestBody AdviceBody body) {
        AdviceView saved = advice.change(id, adviceId, body.draft(), PlanETags.version(ifMatch));
        return PlanETags.ok(saved.version(), saved);
    }

    @DeleteMapping("/{adviceId}")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Take an item of advice out of the plan (kept on record); send If-Match with its ETag")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID adviceId,
                                @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        advice.remove(id, adviceId, PlanETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
