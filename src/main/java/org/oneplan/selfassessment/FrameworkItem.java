package org.oneplan.selfassessment;

import java.util.List;
import java.util.Optional;

/**
 * One thing a team rates itself on, by choosing the statement (level 1 to 5) that best describes it.
 *
 * @param code         unique within the framework, e.g. "S1-4a"
 * @param stage        the number of the section's stage it belongs to, or null in a section without stages
 * @param introduction optional
 * @param statements   exactly five, levels 1 to 5 in order
 */
public record FrameworkItem(String code, Integer stage, String title, String introduction,
                            List<Statement> statements) {

    public FrameworkItem {
        statements = List.copyOf(statements);
    }

    public Optional<Statement> statement(int level) {
        return statements.stream().filter(s -> s.level() == level).findFirst();
    }
}
