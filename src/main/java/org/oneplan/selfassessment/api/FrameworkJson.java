package org.oneplan.selfassessment.api;

import java.util.List;
import org.oneplan.selfassessment.Attribution;
import org.oneplan.selfassessment.Framework;
import org.oneplan.selfassessment.FrameworkItem;
import org.oneplan.selfassessment.FrameworkSection;
import org.oneplan.selfassessment.Stage;
import org.oneplan.selfassessment.Statement;

/** A framework with all its wording. Optional texts are null when the framework has none. */
record FrameworkJson(String key, String title, int version, String subtitle, Attribution attribution,
                     String guidance, List<SectionJson> sections) {

    record SectionJson(int number, String title, String introduction, List<Stage> stages, List<ItemJson> items) {
    }

    record ItemJson(String code, Integer stage, String title, String introduction, List<StatementJson> statements) {
    }

    record StatementJson(int level, String text) {
    }

    static FrameworkJson of(Framework f) {
        return new FrameworkJson(f.key(), f.title(), f.version(), f.subtitle(), f.attribution(), f.guidance(),
                f.sections().stream().map(FrameworkJson::section).toList());
    }

    private static SectionJson section(FrameworkSection s) {
        return new SectionJson(s.number(), s.title(), s.introduction(), s.stages(),
                s.items().stream().map(FrameworkJson::item).toList());
    }

    private static ItemJson item(FrameworkItem i) {
        return new ItemJson(i.code(), i.stage(), i.title(), i.introduction(),
                i.statements().stream().map(FrameworkJson::statement).toList());
    }

    private static StatementJson statement(Statement s) {
        return new StatementJson(s.level(), s.text());
    }
}
