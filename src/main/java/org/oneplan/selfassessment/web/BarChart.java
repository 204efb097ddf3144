package org.oneplan.selfassessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oneplan.selfassessment.GroupResult;
import org.oneplan.selfassessment.Results;
import org.oneplan.selfassessment.internal.AssessmentOverviews.Scored;

/**
 * The geometry of a results chart: one horizontal bar per row, its length the average level out of 5.
 * Every bar carries its value as text, so the chart reads without colour. Heading rows are bold.
 */
record BarChart(List<Bar> bars, int height) {

    static final int LABEL_WIDTH = 300;
    static final int BAR_AREA = 300;
    static final int ROW = 30;

    record Bar(String label, String value, int y, int width, boolean section) {
    }

    /** One assessment: each section, then its stages. */
    static BarChart of(Results results) {
        List<Bar> bars = new ArrayList<>();
        for (GroupResult section : results.sections()) {
            bars.add(bar(section.sectionNumber() + ". " + section.title(), section.mean(), bars.size(), true));
            for (GroupResult stage : results.stages()) {
                if (stage.sectionNumber() == section.sectionNumber()) {
                    bars.add(bar(stage.title(), stage.mean(), bars.size(), false));
                }
            }
        }
        return new BarChart(bars, bars.size() * ROW + 30);
    }

    /** Several assessments over time: under each section's heading, one bar per assessment, oldest first. */
    static BarChart over(List<Scored> history, java.util.function.Function<Scored, String> label) {
        List<Bar> bars = new ArrayList<>();
        if (!history.isEmpty()) {
            for (GroupResult section : history.get(history.size() - 1).results().sections()) {
                bars.add(new Bar(section.sectionNumber() + ". " + shorten(section.title()), "", bars.size() * ROW, 0, true));
                for (Scored s : history) {
                    Optional<Double> mean = s.results().sections().stream()
                            .filter(g -> g.sectionNumber() == section.sectionNumber()).findFirst()
                            .flatMap(GroupResult::mean);
                    bars.add(bar(label.apply(s), mean, bars.size(), false));
                }
            }
        }
        return new BarChart(bars, bars.size() * ROW + 30);
    }

    private static Bar bar(String label, Optional<Double> mean, int row, boolean section) {
        return new Bar(shorten(label), mean.map(m -> String.format("%.1f", m)).orElse("–"), row * ROW,
                (int) Math.round(mean.orElse(0.0) / 5 * BAR_AREA), section);
    }

    private static String shorten(String label) {
        return label.length() > 45 ? label.substring(0, 44) + "…" : label;
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
