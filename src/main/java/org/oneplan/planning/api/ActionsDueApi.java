package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.ActionsDue;
import org.oneplan.planning.DueFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The actions due lists: overdue first (most days late first), then due in the next 4 weeks. */
@RestController
@RequestMapping("/api/v1/actions")
@Tag(name = ActionApi.TAG)
class ActionsDueApi {

    static final int MAX_SIZE = 100;

    private final ActionsDue due;

    ActionsDueApi(ActionsDue due) {
        this.due = due;
    }

    @GetMapping("/due")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "A team's actions of agreed plans that are overdue or due in the next 4 weeks",
            description = "team must be one of the caller's teams (404 otherwise); status left out means not done yet.")
    DueActionJson.PageJson forTeam(@RequestParam UUID team, @RequestParam(required = false) ActionOwner owner,
                                   @RequestParam(required = false) ActionStatus status,
                                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return DueActionJson.PageJson.of(due.forTeam(team, new DueFilter(owner, status), request(page, size)));
    }

    @GetMapping("/mine")
    @PreAuthorize(PlanApi.PLANNERS)
    @Operation(summary = "The caller's own actions and those of the people whose named coordinator they are")
    DueActionJson.PageJson mine(@RequestParam(required = false) ActionOwner owner,
                                @RequestParam(required = false) ActionStatus status,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        return DueActionJson.PageJson.of(due.mine(new DueFilter(owner, status), request(page, size)));
    }

    /** Out-of-range numbers are pulled into range rather than refused. */
    private static PageRequest request(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
    }
}
