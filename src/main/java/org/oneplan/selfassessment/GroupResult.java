package org.oneplan.selfassessment;

import java.util.List;
import java.util.Optional;

/**
 * The scores of a section or a stage: its items' mean level, how many items are at each level and the
 * band of the mean. Unanswered items are left out of the mean; with none answered there is no mean.
 *
 * @param stageNumber null for a whole section
 */
public record GroupResult(int sectionNumber, Integer stageNumber, String title, List<ItemResult> items) {

    public GroupResult {
        items = List.copyOf(items);
    }

    public int answeredCount() {
        return (int) items.stream().filter(ItemResult::answered).count();
    }

    public Optional<Double> mean() {
        return items.stream().filter(ItemResult::answered).mapToInt(ItemResult::level).average().stream().boxed()
                .findFirst();
    }

    public Optional<Band> band() {
        return mean().map(Band::ofMean);
    }

    /** How many answered items are at each level: index 0 is level 1, index 4 level 5. */
    public int[] distribution() {
        int[] counts = new int[5];
        items.stream().filter(ItemResult::answered).forEach(i -> counts[i.level() - 1]++);
        return counts;
    }
}
