package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.oneplan.planning.ControlView;
import org.oneplan.planning.StayingInControl;
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

/** Who the plan is shared with, in whose words, and whether risks were talked about and none needed writing down. */
@RestController
@RequestMapping("/api/v1/people/{id}/plan/sharing")
@Tag(name = ControlItemsApi.TAG)
class SharingApi {

    private final StayingInControl control;

    SharingApi(StayingInControl control) {
        this.control = control;
    }

    @GetMapping
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "Who the plan is shared with; 404 until it is written")
    ResponseEntity<ControlView.Sharing> read(@PathVariable UUID id) {
        ControlView.Sharing sharing = control.find(id).map(ControlView::sharing)
                .orElseThrow(() -> new RecordNotFoundException("Sharing"));
        return PlanETags.ok(sharing.words().version(), sharing);
    }

    @PutMapping
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Write who the plan is shared with (text, whose, whoseName, noRisksDiscussed)",
            description = "The first time with no precondition; afterwards send If-Match with its ETag.")
    ResponseEntity<ControlView.Sharing> write(@PathVariable UUID id,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody SharingBody body) {
        ControlView.Sharing saved = control.share(id, body.text(), body.whose(), body.whoseName(),
                body.noRisksDiscussed(), PlanETags.optional(ifMatch));
        return PlanETags.ok(saved.words().version(), saved);
    }
}
