package org.oneplan.selfassessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The results of an assessment: every item's level and next statement, and each section's and stage's
 * mean, distribution and band, computed from the framework wording it was answered against.
 */
public record Results(Framework framework, List<ItemResult> items, List<GroupResult> sections,
                      List<GroupResult> stages) {

    /** Scores the levels chosen, by item code; codes the framework does not have are an error. */
    public static Results of(Framework framework, Map<String, Integer> levels) {
        levels.forEach((code, level) -> {
            if (framework.item(code).isEmpty()) {
                throw new IllegalArgumentException("No item " + code + " in " + framework.key());
            }
            Band.ofLevel(level);
        });
        List<ItemResult> items = new ArrayList<>();
        List<GroupResult> sections = new ArrayList<>();
        List<GroupResult> stages = new ArrayList<>();
        for (FrameworkSection section : framework.sections()) {
            List<ItemResult> inSection = section.items().stream()
                    .map(i -> new ItemResult(i, section.number(), levels.get(i.code()))).toList();
            items.addAll(inSection);
            sections.add(new GroupResult(section.number(), null, section.title(), inSection));
            for (Stage stage : section.stages()) {
                stages.add(new GroupResult(section.number(), stage.number(), stage.title(), inSection.stream()
                        .filter(i -> stage.number() == (i.item().stage() == null ? -1 : i.item().stage())).toList()));
            }
        }
        return new Results(framework, items, sections, stages);
    }

    /** Short, like {@link Framework#toString()}: the full results repeat the framework's wording. */
    @Override
    public String toString() {
        return "Results[" + framework + ", " + answeredCount() + " of " + items.size() + " answered]";
    }

    public int answeredCount() {
        return (int) items.stream().filter(ItemResult::answered).count();
    }

    /** Items at levels 1–2 first (lowest first), then the rest in the framework's order. */
    public List<ItemResult> biggestOpportunitiesFirst() {
        List<ItemResult> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparing((ItemResult i) -> !i.isBiggestOpportunity())
                .thenComparing(i -> i.isBiggestOpportunity() ? i.level() : 0));
        return ordered;
    }
}
