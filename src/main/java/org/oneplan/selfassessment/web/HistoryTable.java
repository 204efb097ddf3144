package org.oneplan.selfassessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oneplan.selfassessment.Band;
import org.oneplan.selfassessment.GroupResult;
import org.oneplan.selfassessment.ItemResult;
import org.oneplan.selfassessment.Results;
import org.oneplan.selfassessment.internal.AssessmentOverviews.Scored;

/**
 * A team's assessments side by side: one row per section, stage or item, one cell per assessment with
 * its value, band and the change since the assessment before it, in words.
 */
record HistoryTable(List<Line> groups, List<Line> items) {

    record Cell(String value, Band band, String change) {
    }

    record Line(String label, boolean heading, List<Cell> cells) {
    }

    static HistoryTable of(List<Scored> history, List<Changes> changes) {
        List<Line> groups = new ArrayList<>();
        List<Line> items = new ArrayList<>();
        if (history.isEmpty()) {
            return new HistoryTable(groups, items);
        }
        Results latest = history.get(history.size() - 1).results();
        for (GroupResult section : latest.sections()) {
            groups.add(group(section.sectionNumber() + ". " + section.title(), true, section, history, changes));
            latest.stages().stream().filter(st -> st.sectionNumber() == section.sectionNumber())
                    .forEach(st -> groups.add(group(st.title(), false, st, history, changes)));
        }
        for (ItemResult item : latest.items()) {
            String code = item.item().code();
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < history.size(); i++) {
                Optional<ItemResult> then = history.get(i).results().items().stream()
                        .filter(r -> r.item().code().equals(code) && r.answered()).findFirst();
                cells.add(new Cell(then.map(r -> Integer.toString(r.level())).orElse("–"),
                        then.flatMap(ItemResult::band).orElse(null), change(changes, i, code)));
            }
            items.add(new Line(code + " " + item.item().title(), false, cells));
        }
        return new HistoryTable(groups, items);
    }

    private static Line group(String label, boolean heading, GroupResult like, List<Scored> history,
                              List<Changes> changes) {
        String key = Changes.key(like);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Results r = history.get(i).results();
            Optional<GroupResult> then = (like.stageNumber() == null ? r.sections() : r.stages()).stream()
                    .filter(g -> Changes.key(g).equals(key)).findFirst();
            cells.add(new Cell(then.flatMap(GroupResult::mean).map(m -> String.format("%.1f", m)).orElse("–"),
                    then.flatMap(GroupResult::band).orElse(null), change(changes, i, key)));
        }
        return new Line(label, heading, cells);
    }

    private static String change(List<Changes> changes, int index, String key) {
        return changes.get(index) == null ? null : changes.get(index).change().get(key);
    }
}
