package org.oneplan.budget.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.budget.SignOffDecision;
import org.oneplan.budget.SignOffs;
import org.oneplan.budget.internal.SignOffAges;
import org.oneplan.budget.internal.SignOffLooks;
import org.oneplan.budget.internal.SignOffQueue;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-off with the same rules and access as the pages: planners of the person's teams send the agreed plan;
 * authorisers of the person's teams return it or sign it off; the queue is the authoriser's own. A person the caller
 * may not see is a 404; a step the rules refuse is a 400 naming why.
 */
@RestController
@Tag(name = "Sign-off")
class SignOffApi {

    static final String PLANNERS = "hasAnyRole('COORDINATOR','ADMINISTRATOR','MANAGER')";
    static final String AUTHORISERS = "hasRole('AUTHORISER')";
    static final String PLAN = "/api/v1/people/{id}/plan/sign-off";

    private final SignOffs signOffs;
    private final SignOffLooks looks;
    private final SignOffQueue queue;

    SignOffApi(SignOffs signOffs, SignOffLooks looks, SignOffQueue queue) {
        this.signOffs = signOffs;
        this.looks = looks;
        this.queue = queue;
    }

    @GetMapping(PLAN)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Where the plan's sign-off is up to, with every decision; 404 when it was never sent")
    SignOffJson read(@PathVariable UUID id) {
        return SignOffJson.of(looks.read(id).orElseThrow(() -> new RecordNotFoundException("Sign-off")));
    }

    @PostMapping(PLAN)
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Send the plan the person agreed for sign-off (again, after a return, once it has changed)",
            description = "400 when the person has not agreed the plan as it stands, something is missing from the "
                    + "check, it is with the authoriser already, or nothing changed since it was returned.")
    SignOffJson submit(@PathVariable UUID id) {
        return SignOffJson.of(signOffs.submit(id));
    }

    @PostMapping(PLAN + "/return")
    @PreAuthorize(AUTHORISERS)
    @Operation(summary = "Return the plan: reasons, each with a part (a plan section such as NEEDS, or BUDGET_INDICATIVE, "
            + "BUDGET_SPLIT, BUDGET_DEPLOYMENT, BUDGET_DIRECT_PAYMENT, BUDGET_SPENDING) and why it needs changing")
    SignOffJson returnIt(@PathVariable UUID id, @RequestBody SignOffBodies.Return body) {
        return SignOffJson.of(signOffs.returnWithReasons(id, body.reasons()));
    }

    @PostMapping(PLAN + "/decision")
    @PreAuthorize(AUTHORISERS)
    @Operation(summary = "Sign the plan off: conditions, the criteria ticked, the date the budget is active from",
            description = "400 when the plan changed since it was sent, or you wrote, sent or signed it already.")
    SignOffJson decide(@PathVariable UUID id, @RequestBody SignOffBodies.Decision body) {
        return SignOffJson.of(signOffs.signOff(id, new SignOffDecision(body.conditions(), body.ticked(),
                body.activeFrom())));
    }

    @GetMapping("/api/v1/sign-offs")
    @PreAuthorize(AUTHORISERS)
    @Operation(summary = "Your queue: plans of your teams' people with the authoriser, longest waiting first")
    QueueJson queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        SignOffQueue.Queue q = queue.waiting(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
        Page<SignOffQueue.Row> rows = q.page();
        return new QueueJson(rows.getContent().stream().map(r -> new QueueJson.Item(r.person().id(),
                r.person().displayName(), r.submittedAt(), r.workingDays(), r.flag(), r.authorisersNeeded(),
                r.firstSigned())).toList(), rows.getNumber(), rows.getSize(), rows.getTotalElements(),
                rows.getTotalPages(), q.targetDays());
    }

    /** One page of the queue, and the target in working days its flags are against. */
    record QueueJson(List<Item> items, int page, int size, long totalItems, int totalPages, int targetDays) {

        record Item(UUID personId, String name, Instant submittedAt, int workingDays, SignOffAges.Flag flag,
                    int authorisersNeeded, boolean firstSigned) {
        }
    }
}
