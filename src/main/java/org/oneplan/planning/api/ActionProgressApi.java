package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.oneplan.planning.ActionProgressView;
import org.oneplan.planning.ActionTracking;
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
 * How an action is getting on. Progress is not the plan's content: recording it leaves an agreed plan agreed.
 * Open to anyone signed in; the service decides who may record (planners; the person and the supporters they
 * share with, on the person's and supporters' own actions).
 */
@RestController
@RequestMapping("/api/v1/people/{id}/plan/actions/{actionId}/progress")
@Tag(name = ActionApi.TAG)
class ActionProgressApi {

    private final ActionTracking tracking;

    ActionProgressApi(ActionTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "The action with its status, days late and history; the progress version is the ETag")
    ResponseEntity<ActionProgressView> read(@PathVariable UUID id, @PathVariable UUID actionId) {
        ActionProgressView view = tracking.progress(id, actionId);
        return PlanETags.ok(view.progress().version(), view);
    }

    @PostMapping
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "Record a change of status and/or a note",
            description = "A change of status needs If-Match with the progress ETag (428 without, 412 when stale); "
                    + "NO_LONGER_NEEDED needs a reason. A note alone needs no If-Match. 403 unless the caller may "
                    + "record progress on this action.")
    ResponseEntity<ActionProgressView> record(@PathVariable UUID id, @PathVariable UUID actionId,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody ProgressBody body) {
        ActionProgressView saved = tracking.record(id, actionId, body.change(), PlanETags.optional(ifMatch));
        return PlanETags.ok(saved.progress().version(), saved);
    }
}
