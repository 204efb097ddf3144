package org.oneplan.selfassessment.internal;

import static org.oneplan.selfassessment.internal.FrameworkProblems.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.oneplan.selfassessment.Attribution;
import org.oneplan.selfassessment.Framework;
import org.oneplan.selfassessment.FrameworkItem;
import org.oneplan.selfassessment.FrameworkSection;
import org.oneplan.selfassessment.Stage;
import org.oneplan.selfassessment.Statement;
import org.oneplan.web.FieldProblem;

/**
 * Turns the YAML tree of a framework file into the model, noting each missing, mistyped or unknown field
 * (with its path, e.g. {@code sections[0].items[2].title}) instead of failing on the first.
 */
final class FrameworkReader {

    static final int SHORT_TEXT = 300;
    static final int LONG_TEXT = 20_000;

    private final List<FieldProblem> problems;

    FrameworkReader(List<FieldProblem> problems) {
        this.problems = problems;
    }

    Framework framework(Map<?, ?> root) {
        known(root, "", Set.of("key", "version", "title", "subtitle", "attribution", "guidance", "sections"));
        Map<?, ?> credit = mapping(root, "attribution", "");
        Attribution attribution = null;
        if (credit != null) {
            known(credit, "attribution.", Set.of("publisher", "year", "isbn", "credit"));
            attribution = new Attribution(text(credit, "publisher", "attribution.", true, SHORT_TEXT),
                    number(credit, "year", "attribution.", false), text(credit, "isbn", "attribution.", false, 20),
                    text(credit, "credit", "attribution.", false, LONG_TEXT));
        }
        return new Framework(text(root, "key", "", true, SHORT_TEXT), orZero(number(root, "version", "", true)),
                text(root, "title", "", true, SHORT_TEXT), text(root, "subtitle", "", false, SHORT_TEXT), attribution,
                text(root, "guidance", "", false, LONG_TEXT), list(root, "sections", "", this::section));
    }

    private FrameworkSection section(Map<?, ?> map, String path) {
        known(map, path, Set.of("number", "title", "introduction", "stages", "items"));
        return new FrameworkSection(orZero(number(map, "number", path, true)), text(map, "title", path, true, SHORT_TEXT),
                text(map, "introduction", path, false, LONG_TEXT), list(map, "stages", path, this::stage),
                list(map, "items", path, this::item));
    }

    private Stage stage(Map<?, ?> map, String path) {
        known(map, path, Set.of("number", "title", "introduction"));
        return new Stage(orZero(number(map, "number", path, true)), text(map, "title", path, true, SHORT_TEXT),
                text(map, "introduction", path, false, LONG_TEXT));
    }

    private FrameworkItem item(Map<?, ?> map, String path) {
        known(map, path, Set.of("code", "stage", "title", "introduction", "statements"));
        return new FrameworkItem(text(map, "code", path, true, 20), number(map, "stage", path, false),
                text(map, "title", path, true, SHORT_TEXT), text(map, "introduction", path, false, LONG_TEXT),
                list(map, "statements", path, this::statement));
    }

    private Statement statement(Map<?, ?> map, String path) {
        known(map, path, Set.of("level", "text"));
        return new Statement(orZero(number(map, "level", path, true)), text(map, "text", path, true, LONG_TEXT));
    }

    private void known(Map<?, ?> map, String path, Set<String> names) {
        map.keySet().stream().map(String::valueOf).filter(k -> !names.contains(k)).sorted()
                .forEach(k -> problems.add(problem(path + k, FrameworkProblems.UNKNOWN_FIELD, path + k)));
    }

    private String text(Map<?, ?> map, String name, String path, boolean required, int max) {
        Object value = value(map, name, path, required);
        String field = path + name;
        if (value != null && !(value instanceof String)) {
            problems.add(problem(field, FrameworkProblems.NOT_TEXT, field));
        }
        if (!(value instanceof String text)) {
            return null;
        }
        if (text.isBlank()) {
            problems.add(problem(field, FrameworkProblems.BLANK, field));
        } else if (text.length() > max) {
            problems.add(problem(field, FrameworkProblems.TOO_LONG, field, max));
        }
        return text.strip();
    }

    private Integer number(Map<?, ?> map, String name, String path, boolean required) {
        Object value = value(map, name, path, required);
        if (value != null && !(value instanceof Integer)) {
            problems.add(problem(path + name, FrameworkProblems.NOT_NUMBER, path + name));
        }
        return value instanceof Integer number ? number : null;
    }

    /** The value, or null (noting that it is missing when it is required). */
    private Object value(Map<?, ?> map, String name, String path, boolean required) {
        Object value = map.get(name);
        if (value == null && required) {
            problems.add(problem(path + name, FrameworkProblems.MISSING, path + name));
        }
        return value;
    }

    private Map<?, ?> mapping(Map<?, ?> map, String name, String path) {
        Object value = map.get(name);
        if (value != null && !(value instanceof Map<?, ?>)) {
            problems.add(problem(path + name, FrameworkProblems.NOT_MAPPING, path + name));
            return null;
        }
        return (Map<?, ?>) value;
    }

    /** The entries of a list of mappings, each read by {@code read}; an absent list is empty. */
    private <T> List<T> list(Map<?, ?> map, String name, String path, BiFunction<Map<?, ?>, String, T> read) {
        Object value = map.get(name);
        List<T> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (!(value instanceof List<?> entries)) {
            problems.add(problem(path + name, FrameworkProblems.NOT_LIST, path + name));
            return result;
        }
        for (int i = 0; i < entries.size(); i++) {
            String at = path + name + "[" + i + "]";
            if (entries.get(i) instanceof Map<?, ?> entry) {
                result.add(read.apply(entry, at + "."));
            } else {
                problems.add(problem(at, FrameworkProblems.NOT_MAPPING, at));
            }
        }
        return result;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
