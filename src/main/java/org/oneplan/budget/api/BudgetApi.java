package org.oneplan.budget.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.oneplan.budget.internal.BudgetChanges;
import org.oneplan.budget.internal.BudgetView;
import org.oneplan.budget.internal.PersonalBudgets;
import org.oneplan.budget.internal.SpendingLineDraft;
import org.oneplan.budget.internal.SpendingLineView;
import org.oneplan.budget.internal.SpendingPlans;
import org.oneplan.web.IfMatch;
import org.springframework.context.MessageSource;
import org.springframework.http.ETag;
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
 * A person's personal budget and spending plan. Anyone signed in may ask; only those who may see the person
 * are shown it. Planners record the budget's parts and the spending plan's lines once the plan says there will
 * be a budget; a change to what exists needs If-Match with its version. While the plan is with the authoriser
 * every change is a 409 problem.
 */
@RestController
@RequestMapping("/api/v1/people/{id}/plan/budget")
@Tag(name = "Personal budget")
class BudgetApi {

    static final String READERS = "isAuthenticated()";
    static final String PLANNERS = "hasAnyRole('COORDINATOR','ADMINISTRATOR','MANAGER')";

    private final PersonalBudgets budgets;
    private final SpendingPlans spending;
    private final MessageSource messages;

    BudgetApi(PersonalBudgets budgets, SpendingPlans spending, MessageSource messages) {
        this.budgets = budgets;
        this.spending = spending;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "The personal budget: indicative budget, s26 split, how it is managed, the direct payment, "
            + "the spending plan against the budget, and what the completeness check still asks for",
            description = "404 when the plan has not been started, or you may not see the person.")
    ResponseEntity<BudgetJson> read(@PathVariable UUID id) {
        return json(budgets.find(id));
    }

    @PutMapping
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Record parts of the budget (indicative, split, deployment, directPayment, allowance); "
            + "parts left out stay as they are; an allowance without an amount is taken away",
            description = "Send If-Match with the budget's version once anything is recorded (428 without it, 412 "
                    + "when stale); 400 naming the field when a part breaks a rule, such as shares that do not add up.")
    ResponseEntity<BudgetJson> save(@PathVariable UUID id,
                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @RequestBody BudgetChanges body) {
        return json(budgets.save(id, body, IfMatch.optional(ifMatch)));
    }

    @PostMapping("/spending")
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Add a line to the spending plan: description, whose, whoseName, supportType, outcomeIds, "
            + "cost, period (WEEK, MONTH, YEAR or ONE_OFF)")
    ResponseEntity<SpendingLineJson> add(@PathVariable UUID id, @RequestBody SpendingLineDraft body) {
        SpendingLineView line = spending.add(id, body);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/plan/budget/spending/" + line.id()))
                .eTag(String.valueOf(line.words().version())).body(SpendingLineJson.of(line));
    }

    @GetMapping("/spending/{lineId}")
    @PreAuthorize(READERS)
    @Operation(summary = "One line of the spending plan, with its version as the ETag")
    ResponseEntity<SpendingLineJson> line(@PathVariable UUID id, @PathVariable UUID lineId) {
        SpendingLineView line = spending.one(id, lineId);
        return ResponseEntity.ok().eTag(String.valueOf(line.words().version())).body(SpendingLineJson.of(line));
    }

    @PutMapping("/spending/{lineId}")
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Change a line of the spending plan; If-Match with its version is required")
    ResponseEntity<SpendingLineJson> change(@PathVariable UUID id, @PathVariable UUID lineId,
                                            @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch,
                                            @RequestBody SpendingLineDraft body) {
        SpendingLineView line = spending.change(id, lineId, body, IfMatch.optional(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(line.words().version())).body(SpendingLineJson.of(line));
    }

    @DeleteMapping("/spending/{lineId}")
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Remove a line from the spending plan (it stays on record); If-Match with its version is required")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID lineId,
                                @RequestHeader(HttpHeaders.IF_MATCH) String ifMatch) {
        spending.remove(id, lineId, IfMatch.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<BudgetJson> json(BudgetView view) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (view.version() != null) {
            ok.eTag(String.valueOf(view.version()));
        }
        return ok.body(BudgetJson.of(view, messages));
    }

}
