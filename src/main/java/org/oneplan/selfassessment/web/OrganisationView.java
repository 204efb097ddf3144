package org.oneplan.selfassessment.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oneplan.selfassessment.FrameworkItem;
import org.oneplan.selfassessment.GroupResult;
import org.oneplan.selfassessment.ItemResult;
import org.oneplan.selfassessment.internal.AssessmentOverviews.Row;

/**
 * The columns of the organisation table (sections, and items on demand) and, per section, the highest
 * mean among the teams, so the page can say who to learn from.
 */
record OrganisationView(List<GroupResult> sections, List<FrameworkItem> items, Map<Integer, Double> best) {

    static OrganisationView of(List<Row> rows) {
        Optional<Row> scored = rows.stream().filter(r -> r.latest() != null).findFirst();
        if (scored.isEmpty()) {
            return new OrganisationView(List.of(), List.of(), Map.of());
        }
        var results = scored.get().latest().results();
        Map<Integer, Double> best = new HashMap<>();
        rows.stream().filter(r -> r.latest() != null).flatMap(r -> r.latest().results().sections().stream())
                .forEach(g -> g.mean().ifPresent(m -> best.merge(g.sectionNumber(), m, Math::max)));
        return new OrganisationView(results.sections(), results.items().stream().map(ItemResult::item).toList(), best);
    }

    /** The row's section result, by number: frameworks keep their section numbers across versions. */
    public Optional<GroupResult> section(Row row, int number) {
        return row.latest() == null ? Optional.empty() : row.latest().results().sections().stream()
                .filter(g -> g.sectionNumber() == number).findFirst();
    }

    public boolean isBest(Row row, int number) {
        return section(row, number).flatMap(GroupResult::mean)
                .map(m -> Math.abs(m - best.getOrDefault(number, -1.0)) < 1e-9).orElse(false);
    }

    public Optional<Integer> level(Row row, String itemCode) {
        return row.latest() == null ? Optional.empty() : Optional.ofNullable(row.latest().results().items().stream()
                .filter(i -> i.item().code().equals(itemCode)).findFirst().map(ItemResult::level).orElse(null));
    }
}
