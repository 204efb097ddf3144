package org.oneplan.planning.web;

import org.oneplan.planning.PreparationList;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** For coordinators, administrators and managers: whose preparation is outstanding on their teams' caseloads. */
@Controller
class PreparationPages {

    static final int PAGE_SIZE = 25;

    private final PreparationList preparation;

    PreparationPages(PreparationList preparation) {
        this.preparation = preparation;
    }

    @GetMapping("/plans/preparation")
    @PreAuthorize(PlanPages.PLANNERS)
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("outstanding", preparation.outstanding(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "planning/preparation";
    }
}
