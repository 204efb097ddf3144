package org.oneplan.planning;

import java.util.UUID;

/**
 * A field of the plan's JSON kept by a module that planning cannot depend on, such as the personal budget or
 * its sign-off: each is a bean, and the plan's JSON carries one field per bean under its name.
 */
public interface PlanJsonField {

    /** The field's name in the plan's JSON, such as {@code budget}. */
    String name();

    /** The field's value for the person's plan, read after the caller's access is checked; null when there is none. */
    Object valueFor(UUID personId);
}
