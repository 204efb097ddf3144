package org.oneplan.planning.web;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Question 3, "How will you arrange your support?": each outcome with the options considered for it. */
@Controller
class ArrangePages {

    private final ArrangePageParts parts;
    private final MayChangePlan mayChange;

    ArrangePages(ArrangePageParts parts, MayChangePlan mayChange) {
        this.mayChange = mayChange;
        this.parts = parts;
    }

    @GetMapping("/people/{id}/plan/arrange")
    @PreAuthorize(PlanPages.READERS)
    String section(@PathVariable UUID id, Model model) {
        parts.addTo(model, id);
        mayChange.addTo(model, id);
        return "planning/arrange";
    }
}
