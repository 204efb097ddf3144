package org.oneplan.budget.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.budget.SignOffStatus;
import org.oneplan.budget.internal.SignOffLooks;
import org.oneplan.people.People;
import org.oneplan.planning.PlanPanel;
import org.oneplan.planning.PlanStatus;
import org.springframework.stereotype.Component;

/**
 * Where the plan's sign-off is up to, on the plan page and the check page, in plain English: waiting to be sent,
 * with the authoriser since a date for so many working days, returned with reasons (each linked to where it is
 * changed), or signed off.
 */
@Component
class SignOffPanels implements PlanPanel {

    private final SignOffLooks looks;
    private final People people;
    private final CurrentUsers users;

    SignOffPanels(SignOffLooks looks, People people, CurrentUsers users) {
        this.looks = looks;
        this.people = people;
        this.users = users;
    }

    /**
     * @param status the latest sign-off, or null when the plan was never sent
     * @param awaiting whether the person agreed the plan as it stands and it waits to be sent
     * @param current whether {@code status} is about the plan as it stands (not an older sign-off)
     */
    record Panel(UUID personId, SignOffStatus status, boolean awaiting, boolean current, boolean mayPlan,
                 boolean authoriser, List<SignOffPageParts.ReasonView> reasons) {
    }

    @Override
    public Optional<Shown> on(Page page, UUID personId, PlanStatus planStatus) {
        SignOffStatus status = looks.status(personId).orElse(null);
        boolean awaiting = planStatus == PlanStatus.AGREED_AWAITING_SIGN_OFF;
        boolean current = status != null && (status.stage() != SignOffStatus.Stage.SIGNED_OFF
                || planStatus == PlanStatus.AGREED);
        if (!current && !awaiting) {
            return Optional.empty();
        }
        return Optional.of(new Shown("budget/sign-off-panel", "panel", new Panel(personId, status, awaiting, current,
                people.mayPlanFor(personId), users.require().has(Role.AUTHORISER), SignOffPageParts.reasons(status))));
    }
}
