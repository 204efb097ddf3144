package org.oneplan.selfassessment.internal;

import static org.oneplan.selfassessment.internal.FrameworkProblems.problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.oneplan.selfassessment.Framework;
import org.oneplan.selfassessment.FrameworkItem;
import org.oneplan.selfassessment.FrameworkSection;
import org.oneplan.selfassessment.Stage;
import org.oneplan.selfassessment.Statement;
import org.oneplan.web.FieldProblem;

/**
 * The rules a framework keeps beyond its fields' types: a usable key and version, numbered sections and
 * stages without repeats, unique item codes, each item in one of its section's stages (where the section
 * has stages) and exactly five statements at levels 1 to 5 in order.
 */
final class FrameworkRules {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,59}");
    private static final List<Integer> LEVELS = List.of(1, 2, 3, 4, 5);

    private FrameworkRules() {
    }

    static List<FieldProblem> check(Framework framework) {
        List<FieldProblem> problems = new ArrayList<>();
        if (framework.key() != null && !KEY.matcher(framework.key()).matches()) {
            problems.add(problem("key", FrameworkProblems.KEY_FORMAT));
        }
        if ("load".equals(framework.key())) {
            problems.add(problem("key", FrameworkProblems.KEY_RESERVED));
        }
        if (framework.version() < 1 || framework.version() > 999_999) {
            problems.add(problem("version", FrameworkProblems.VERSION_RANGE));
        }
        if (framework.sections().isEmpty()) {
            problems.add(problem("sections", FrameworkProblems.NO_SECTIONS));
        }
        Set<Integer> sectionNumbers = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int s = 0; s < framework.sections().size(); s++) {
            FrameworkSection section = framework.sections().get(s);
            String path = "sections[" + s + "]";
            if (!sectionNumbers.add(section.number())) {
                problems.add(problem(path + ".number", FrameworkProblems.DUPLICATE_SECTION, section.number()));
            }
            if (section.items().isEmpty()) {
                problems.add(problem(path + ".items", FrameworkProblems.NO_ITEMS, section.number()));
            }
            Set<Integer> stages = stageNumbers(section, path, problems);
            for (int i = 0; i < section.items().size(); i++) {
                FrameworkItem item = section.items().get(i);
                String at = path + ".items[" + i + "]";
                if (item.code() != null && !codes.add(item.code())) {
                    problems.add(problem(at + ".code", FrameworkProblems.DUPLICATE_CODE, item.code()));
                }
                checkStage(item, section, stages, at, problems);
                checkStatements(item, at, problems);
            }
        }
        return problems;
    }

    private static Set<Integer> stageNumbers(FrameworkSection section, String path, List<FieldProblem> problems) {
        Set<Integer> numbers = new HashSet<>();
        for (int t = 0; t < section.stages().size(); t++) {
            Stage stage = section.stages().get(t);
            if (!numbers.add(stage.number())) {
                problems.add(problem(path + ".stages[" + t + "].number", FrameworkProblems.DUPLICATE_STAGE,
                        stage.number(), section.number()));
            }
        }
        return numbers;
    }

    private static void checkStage(FrameworkItem item, FrameworkSection section, Set<Integer> stages, String at,
                                   List<FieldProblem> problems) {
        String code = name(item, at);
        if (item.stage() == null && !stages.isEmpty()) {
            problems.add(problem(at + ".stage", FrameworkProblems.STAGE_NEEDED, code, section.number()));
        } else if (item.stage() != null && !stages.contains(item.stage())) {
            problems.add(problem(at + ".stage", FrameworkProblems.UNKNOWN_STAGE, code, item.stage(), section.number()));
        }
    }

    private static void checkStatements(FrameworkItem item, String at, List<FieldProblem> problems) {
        String code = name(item, at);
        if (item.statements().size() != LEVELS.size()) {
            problems.add(problem(at + ".statements", FrameworkProblems.STATEMENT_COUNT, code, item.statements().size()));
            return;
        }
        List<Integer> levels = item.statements().stream().map(Statement::level).toList();
        if (!levels.equals(LEVELS)) {
            problems.add(problem(at + ".statements", FrameworkProblems.LEVELS, code, levels));
        }
    }

    private static String name(FrameworkItem item, String at) {
        return item.code() != null ? item.code() : at;
    }
}
