package org.oneplan.selfassessment.web;

import java.util.ArrayList;
import java.util.List;
import org.oneplan.selfassessment.GroupResult;
import org.oneplan.selfassessment.Results;

/**
 * The geometry of the results chart: one horizontal bar per section and stage, its length the average
 * level out of 5. Every bar carries its value as text, so the chart reads without colour.
 */
record BarChart(List<Bar> bars, int height) {

    static final int LABEL_WIDTH = 300;
    static final int BAR_AREA = 300;
    static final int ROW = 30;

    record Bar(String label, String value, int y, int width, boolean section) {
    }

    static BarChart of(Results results) {
        List<Bar> bars = new ArrayList<>();
        for (GroupResult section : results.sections()) {
            bars.add(bar(section.sectionNumber() + ". " + section.title(), section, bars.size(), true));
            for (GroupResult stage : results.stages()) {
                if (stage.sectionNumber() == section.sectionNumber()) {
                    bars.add(bar(stage.title(), stage, bars.size(), false));
                }
            }
        }
        return new BarChart(bars, bars.size() * ROW + 30);
    }

    private static Bar bar(String label, GroupResult g, int row, boolean section) {
        double mean = g.mean().orElse(0.0);
        String shortLabel = label.length() > 45 ? label.substring(0, 44) + "…" : label;
        return new Bar(shortLabel, g.mean().map(m -> String.format("%.1f", m)).orElse("–"), row * ROW,
                (int) Math.round(mean / 5 * BAR_AREA), section);
    }

    /** The level ticks under the bars: x positions of 0 to 5. */
    public List<int[]> ticks() {
        List<int[]> ticks = new ArrayList<>();
        for (int level = 0; level <= 5; level++) {
            ticks.add(new int[] {level, LABEL_WIDTH + level * BAR_AREA / 5});
        }
        return ticks;
    }
}
