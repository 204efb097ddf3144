package org.oneplan.planning.web;

import java.util.UUID;
import org.oneplan.people.People;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Question 3, "How will you arrange your support?": each outcome with the options considered for it. */
@Controller
class ArrangePages {

    private final ArrangePageParts parts;
    private final People people;

    ArrangePages(ArrangePageParts parts, People people) {
        this.parts = parts;
        this.people = people;
    }

    @GetMapping("/people/{id}/plan/arrange")
    @PreAuthorize(PlanPages.READERS)
    String section(@PathVariable UUID id, Model model) {
        parts.addTo(model, id);
        model.addAttribute("mayPlan", people.mayPlanFor(id));
        return "planning/arrange";
    }
}
