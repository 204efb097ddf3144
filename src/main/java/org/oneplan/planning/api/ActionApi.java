package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.NextSteps;
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

/** Question 7, "What will you do next?": the action plan. Removing an action keeps it on record, out of the plan. */
@RestController
@RequestMapping("/api/v1/people/{id}/plan/actions")
@Tag(name = ActionApi.TAG)
class ActionApi {

    static final String TAG = "Plan: actions and review";

    private final NextSteps next;

    ActionApi(NextSteps next) {
        this.next = next;
    }

    @GetMapping
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "The actions still in the plan, from the person out")
    List<ActionView> list(@PathVariable UUID id) {
        return next.find(id).orElseThrow(() -> new RecordNotFoundException("Plan")).actions();
    }

    @PostMapping
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Add an action: 201 with its address and ETag",
            description = "dueDate must be today or later; outcomeId must be a current outcome once the plan has any.")
    ResponseEntity<ActionView> add(@PathVariable UUID id, @Valid @RequestBody ActionBody body) {
        ActionView added = next.add(id, body.draft());
        return PlanETags.created(id, "actions/" + added.id(), added.version(), added);
    }

    @GetMapping("/{actionId}")
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "One action, with its version as the ETag")
    ResponseEntity<ActionView> one(@PathVariable UUID id, @PathVariable UUID actionId) {
        ActionView action = next.action(id, actionId);
        return PlanETags.ok(action.version(), action);
    }

    @PutMapping("/{actionId}")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Rewrite an action; send If-Match with its ETag (428 without, 412 when stale)")
    ResponseEntity<ActionView> change(@PathVariable UUID id, @PathVariable UUID actionId,
                                      @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                      @Valid @RequestBody ActionBody body) {
        ActionView saved = next.change(id, actionId, body.draft(), PlanETags.version(ifMatch));
        return PlanETags.ok(saved.version(), saved);
    }

    @DeleteMapping("/{actionId}")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Take an action out of the plan (kept on record); send If-Match with its ETag")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID actionId,
                                @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        next.remove(id, actionId, PlanETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
