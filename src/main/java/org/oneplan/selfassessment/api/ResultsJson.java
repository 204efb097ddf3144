package org.oneplan.selfassessment.api;

import java.util.List;
import org.oneplan.selfassessment.Band;
import org.oneplan.selfassessment.GroupResult;
import org.oneplan.selfassessment.ItemResult;
import org.oneplan.selfassessment.Results;
import org.oneplan.selfassessment.Statement;

/** An assessment's scores as JSON: each item's level and next statement, each stage's and section's mean and band. */
public record ResultsJson(int answered, int items, List<ItemJson> itemResults, List<GroupJson> sections,
                          List<GroupJson> stages) {

    public static ResultsJson of(Results r) {
        return new ResultsJson(r.answeredCount(), r.items().size(),
                r.items().stream().map(ItemJson::of).toList(),
                r.sections().stream().map(GroupJson::of).toList(),
                r.stages().stream().map(GroupJson::of).toList());
    }

    public record ItemJson(String code, int section, Integer stage, String title, Integer level, Band band,
                           String nextStatement) {
        static ItemJson of(ItemResult i) {
            return new ItemJson(i.item().code(), i.sectionNumber(), i.item().stage(), i.item().title(), i.level(),
                    i.band().orElse(null), i.nextStatement().map(Statement::text).orElse(null));
        }
    }

    /** {@code distribution[0]} counts items at level 1, {@code distribution[4]} at level 5. */
    public record GroupJson(int section, Integer stage, String title, Double mean, Band band, int answered,
                            int[] distribution) {
        static GroupJson of(GroupResult g) {
            return new GroupJson(g.sectionNumber(), g.stageNumber(), g.title(),
                    g.mean().map(m -> Math.round(m * 100) / 100.0).orElse(null), g.band().orElse(null),
                    g.answeredCount(), g.distribution());
        }
    }
}
