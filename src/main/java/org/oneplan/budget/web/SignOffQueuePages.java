package org.oneplan.budget.web;

import org.oneplan.budget.internal.SignOffDashboard;
import org.oneplan.budget.internal.SignOffQueue;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The authoriser's queue of plans waiting for sign-off, and the managers' dashboard of sign-off times. */
@Controller
class SignOffQueuePages {

    static final int PAGE_SIZE = 25;

    private final SignOffQueue queue;
    private final SignOffDashboard dashboard;

    SignOffQueuePages(SignOffQueue queue, SignOffDashboard dashboard) {
        this.queue = queue;
        this.dashboard = dashboard;
    }

    @GetMapping("/sign-offs")
    @PreAuthorize(SignOffPageParts.AUTHORISERS)
    String queue(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("queue", queue.waiting(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "budget/sign-offs";
    }

    @GetMapping("/sign-offs/dashboard")
    @PreAuthorize("hasRole('MANAGER')")
    String dashboard(Model model) {
        model.addAttribute("dashboard", dashboard.forCurrentUser());
        return "budget/sign-off-dashboard";
    }
}
