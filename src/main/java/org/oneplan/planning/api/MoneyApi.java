package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.oneplan.planning.MoneyView;
import org.oneplan.planning.SpendingMoney;
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

/** Question 4, "How will you spend your money?": for now, whether the person will have a personal budget. */
@RestController
@RequestMapping("/api/v1/people/{id}/plan/money")
@Tag(name = "Plan: money")
class MoneyApi {

    private final SpendingMoney money;

    MoneyApi(SpendingMoney money) {
        this.money = money;
    }

    @GetMapping
    @PreAuthorize(PlanApi.READERS)
    @Operation(summary = "Whether the person will have a personal budget; 404 until answered")
    ResponseEntity<MoneyView> read(@PathVariable UUID id) {
        MoneyView answer = money.find(id).orElseThrow(() -> new RecordNotFoundException("Money"));
        return PlanETags.ok(answer.version(), answer);
    }

    @PutMapping
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "Answer whether the person will have a personal budget (YES, NO, NOT_KNOWN_YET) with a note",
            description = "The first time with no precondition; afterwards send If-Match with its ETag.")
    ResponseEntity<MoneyView> answer(@PathVariable UUID id,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody MoneyBody body) {
        MoneyView saved = money.answer(id, body.budget(), body.note(), PlanETags.optional(ifMatch));
        return PlanETags.ok(saved.version(), saved);
    }
}
