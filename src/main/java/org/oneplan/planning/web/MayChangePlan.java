package org.oneplan.planning.web;

import java.util.UUID;
import org.oneplan.people.People;
import org.oneplan.planning.PlanVersions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Whether a plan's pages offer its add, change and remove links: to those who may plan with the person, and
 * not while the plan is with the authoriser (a change then is refused, so the page says why instead of offering it).
 */
@Component
class MayChangePlan {

    private final People people;
    private final PlanVersions versions;

    MayChangePlan(People people, PlanVersions versions) {
        this.people = people;
        this.versions = versions;
    }

    /** Adds {@code mayPlan} and {@code paused} to the model of a page of an existing plan. */
    void addTo(Model model, UUID personId) {
        addTo(model, personId, versions.state(personId).withAuthoriser());
    }

    /** As {@link #addTo(Model, UUID)}, for a page that already knows whether the plan is with the authoriser. */
    void addTo(Model model, UUID personId, boolean paused) {
        model.addAttribute("paused", paused);
        model.addAttribute("mayPlan", !paused && people.mayPlanFor(personId));
    }
}
