package org.oneplan.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions, section by section: items only in the later one were added, items
 * only in the earlier one were taken out; an item whose words changed shows as both.
 */
public record VersionChanges(int from, int to, List<SectionChanges> sections) {

    public record SectionChanges(String title, List<PlanPart.VersionedItem> added, List<PlanPart.VersionedItem> removed,
                                 int unchanged) {
    }

    public static VersionChanges between(VersionView earlier, VersionView later) {
        List<SectionChanges> sections = new ArrayList<>();
        for (PlanSection section : PlanSection.values()) {
            List<PlanPart.VersionedItem> before = items(earlier, section);
            List<PlanPart.VersionedItem> after = items(later, section);
            if (before.isEmpty() && after.isEmpty()) {
                continue;
            }
            List<PlanPart.VersionedItem> added = after.stream().filter(i -> !before.contains(i)).toList();
            List<PlanPart.VersionedItem> removed = before.stream().filter(i -> !after.contains(i)).toList();
            String title = (after.isEmpty() ? earlier : later).sections().stream()
                    .filter(s -> s.section() == section).findFirst().map(PlanPart.VersionedSection::title).orElse("");
            sections.add(new SectionChanges(title, added, removed, after.size() - added.size()));
        }
        return new VersionChanges(earlier.number(), later.number(), sections);
    }

    public boolean nothingChanged() {
        return sections.stream().allMatch(s -> s.added().isEmpty() && s.removed().isEmpty());
    }

    private static List<PlanPart.VersionedItem> items(VersionView v, PlanSection section) {
        return v.sections().stream().filter(s -> s.section() == section)
                .flatMap(s -> s.items().stream()).toList();
    }
}
