package org.oneplan.budget.api;

import java.util.UUID;
import org.oneplan.budget.SignOffs;
import org.oneplan.planning.PlanJsonField;
import org.springframework.stereotype.Component;

/** The plan's JSON carries its sign-off as its {@code signOff} field: null when the plan was never sent. */
@Component
class SignOffPlanJsonField implements PlanJsonField {

    private final SignOffs signOffs;

    SignOffPlanJsonField(SignOffs signOffs) {
        this.signOffs = signOffs;
    }

    @Override
    public String name() {
        return "signOff";
    }

    @Override
    public Object valueFor(UUID personId) {
        return signOffs.status(personId).map(SignOffJson::of).orElse(null);
    }
}
