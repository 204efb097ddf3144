package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.ControlItem;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.StayingInControl;
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

/**
 * One list of "How will you stay in control?", risks or contingency plans: the two lists work alike, so each
 * has a small controller naming its address and list. Removing an item keeps it on record, out of the plan.
 */
abstract class ControlItemsApi {

    static final String TAG = "Plan: staying in control";

    private final StayingInControl control;
    private final ControlList list;

    ControlItemsApi(StayingInControl control, ControlList list) {
        this.control = control;
        this.list = list;
    }

    @GetMapping
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "The items of this list still in the plan, oldest first")
    List<ControlItem> list(@PathVariable UUID id) {
        return control.find(id).orElseThrow(() -> new RecordNotFoundException("Plan")).items(list);
    }

    @PostMapping
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Add an item (first, second, third, whose): 201 with its address and ETag")
    ResponseEntity<ControlItem> add(@PathVariable UUID id, @Valid @RequestBody ControlItemBody body) {
        ControlItem added = item(id, control.add(id, list, body.text()));
        return PlanETags.created(id, list.slug() + "/" + added.id(), added.version(), added);
    }

    @GetMapping("/{itemId}")
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "One item, with its version as the ETag")
    ResponseEntity<ControlItem> one(@PathVariable UUID id, @PathVariable UUID itemId) {
        ControlItem item = item(id, itemId);
        return PlanETags.ok(item.version(), item);
    }

    @PutMapping("/{itemId}")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Rewrite an item; send If-Match with its ETag (428 without, 412 when stale)")
    ResponseEntity<ControlItem> change(@PathVariable UUID id, @PathVariable UUID itemId,
                                       @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                       @Valid @RequestBody ControlItemBody body) {
        ControlItem saved = control.change(id, list, itemId, body.text(), PlanETags.version(ifMatch));
        return PlanETags.ok(saved.version(), saved);
    }

    @DeleteMapping("/{itemId}")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Take an item out of the plan (kept on record); send If-Match with its ETag")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID itemId,
                                @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        control.remove(id, list, itemId, PlanETags.version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private ControlItem item(UUID id, UUID itemId) {
        return list(id).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Plan item"));
    }
}
