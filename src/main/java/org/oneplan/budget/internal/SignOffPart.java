package org.oneplan.budget.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.planning.PlanSection;

/**
 * A part of the plan a return's reason is about: one of the plan's sections (by its name, such as {@code NEEDS})
 * or a part of the personal budget. Each has a label (a message key) and the page where it is changed.
 */
public record SignOffPart(String key, String labelKey, String path) {

    private static final List<SignOffPart> ALL = new ArrayList<>();

    static {
        for (PlanSection s : PlanSection.values()) {
            ALL.add(new SignOffPart(s.name(), "planning.section." + s.slug(), "#" + s.slug()));
        }
        for (String budget : new String[] {"indicative", "split", "deployment", "direct-payment", "spending"}) {
            String key = "BUDGET_" + budget.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            ALL.add(new SignOffPart(key, "signoff.part." + key, "/budget" + (budget.equals("spending") ? "#spending"
                    : "/" + budget)));
        }
    }

    /** Every part, in the plan's order, the budget's after its sections. */
    public static List<SignOffPart> all() {
        return List.copyOf(ALL);
    }

    public static Optional<SignOffPart> of(String key) {
        return ALL.stream().filter(p -> p.key.equals(key)).findFirst();
    }

    /** Where the part is changed, for the person's plan. */
    public String href(UUID personId) {
        return "/people/" + personId + "/plan" + path;
    }
}
