package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.SupportArrangements;
import org.oneplan.planning.SupportOption;
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
 * Question 3, "How will you arrange your support?": the options considered for each outcome, whether each
 * was chosen and why. Removing one keeps it on record, out of the plan.
 */
@RestController
@RequestMapping("/api/v1/people/{id}/plan/outcomes/{outcomeId}/options")
@Tag(name = OutcomeApi.TAG)
class OptionApi {

    private final SupportArrangements arrangements;

    OptionApi(SupportArrangements arrangements) {
        this.arrangements = arrangements;
    }

    @GetMapping
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "The options considered for an outcome, from the person out")
    List<SupportOption> list(@PathVariable UUID id, @PathVariable UUID outcomeId) {
        return arrangements.find(id).orElseThrow(() -> new RecordNotFoundException("Plan")).outcomes().stream()
                .filter(o -> o.outcome().id().equals(outcomeId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Outcome")).options();
    }

    @PostMapping
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Add an option for an outcome: 201 with its address and ETag")
    ResponseEntity<SupportOption> add(@PathVariable UUID id, @PathVariable UUID outcomeId,
                                      @Valid @RequestBody OptionBody body) {
        SupportOption added = arrangements.option(id, arrangements.add(id, outcomeId, body.draft()));
        return PlanETags.created(id, "outcomes/" + outcomeId + "/options/" + added.id(), added.version(), added);
    }

    @GetMapping("/{optionId}")
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "One option, with its version as the ETag")
    ResponseEntity<SupportOption> one(@PathVariable UUID id, @PathVariable UUID outcomeId,
                                      @PathVariable UUID optionId) {
        SupportOption option = option(id, outcomeId, optionId);
        return PlanETags.ok(option.version(), option);
    }

    @PutMapping("/{optionId}")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Rewrite an option (chosen or not, and why); send If-Match with its ETag")
    ResponseEntity<SupportOption> change(@PathVariable UUID id, @PathVariable UUID outcomeId,
                                         @PathVariable UUID optionId,
                                         @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                         @Valid @RequestBody OptionBody body) {
        option(id, outcomeId, optionId);
        SupportOption saved = arrangements.change(id, optionId, body.draft(), PlanETags.version(ifMatch));
        return PlanETags.ok(saved.version(), saved);
    }

    @DeleteMapping("/{optionId}")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Take an option out of the plan (kept on record); send If-Match with its ETag")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID outcomeId, @PathVariable UUID optionId,
                                @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        option(id, outcomeId, optionId);
        arrangements.remove(id, optionId, PlanETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    /** The option, only under the outcome it was considered for. */
    private SupportOption option(UUID id, UUID outcomeId, UUID optionId) {
        SupportOption option = arrangements.option(id, optionId);
        if (!option.outcomeId().equals(outcomeId)) {
            throw new RecordNotFoundException("Option");
        }
        return option;
    }
}
