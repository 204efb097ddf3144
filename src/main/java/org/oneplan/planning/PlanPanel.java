package org.oneplan.planning;

import java.util.Optional;
import java.util.UUID;

/**
 * A panel another module shows on the plan page or the check page, such as where the plan's sign-off is up to.
 * Each is a bean; the page shows the fragment it names with its data as {@code panel}. Read as part of the page,
 * whose look is audited once, so a panel checks access but does not audit.
 */
public interface PlanPanel {

    /** The panel for the person's plan, now {@code status}, on the given page; empty when there is nothing to show. */
    Optional<Shown> on(Page page, UUID personId, PlanStatus status);

    enum Page { PLAN, CHECK }

    /** @param template and {@code fragment} name a Thymeleaf fragment, such as {@code budget/sign-off-panel :: panel} */
    record Shown(String template, String fragment, Object data) {
    }
}
