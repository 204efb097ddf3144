package org.oneplan.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oneplan.planning.EligibilityOutcomes.Outcome;
import org.oneplan.planning.EligibilityOutcomes.Provision;
import org.oneplan.planning.EligibilityOutcomes.Source;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the YAML of {@link EligibilityOutcomes}, stopping at the first problem with a message that
 * names the file and the field (e.g. {@code outcomes[2].code is missing}). The file ships with the
 * application, so a problem is a mistake to fix, not input to report back field by field.
 */
final class EligibilityOutcomesFile {

    private final String name;

    EligibilityOutcomesFile(String name) {
        this.name = name;
    }

    EligibilityOutcomes read(String yaml) {
        Object tree;
        try {
            tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml == null ? "" : yaml);
        } catch (RuntimeException e) {
            throw problem("is not valid YAML: " + e.getMessage());
        }
        if (tree == null) {
            throw problem("is empty");
        }
        Map<?, ?> root = mapping(tree, "the file");
        Map<?, ?> source = mapping(root.get("source"), "source");
        return new EligibilityOutcomes(
                new Source(text(source, "title", "source."), text(source, "reference", "source."),
                        text(source, "address", "source."), text(source, "licence", "source.")),
                provision(root, "conditions"), provision(root, "unableToAchieve"), outcomes(root));
    }

    private Provision provision(Map<?, ?> root, String field) {
        Map<?, ?> map = mapping(root.get(field), field);
        String path = field + ".";
        List<String> items = new ArrayList<>();
        List<?> entries = list(map.get("items"), path + "items");
        for (int i = 0; i < entries.size(); i++) {
            items.add(nonBlank(entries.get(i), path + "items[" + i + "]"));
        }
        return new Provision(text(map, "regulation", path), text(map, "lead", path), items);
    }

    private List<Outcome> outcomes(Map<?, ?> root) {
        List<?> entries = list(root.get("outcomes"), "outcomes");
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "outcomes[" + i + "].";
            Map<?, ?> map = mapping(entries.get(i), "outcomes[" + i + "]");
            if (!(map.get("number") instanceof Integer number) || number < 1) {
                throw problem(path + "number must be a whole number from 1");
            }
            String code = text(map, "code", path);
            if (!code.matches("[a-z][a-z-]{0,59}")) {
                throw problem(path + "code '" + code + "' must be lower-case letters and hyphens");
            }
            if (!codes.add(code)) {
                throw problem(path + "code '" + code + "' is used by another outcome");
            }
            if (!numbers.add(number)) {
                throw problem(path + "number " + number + " is used by another outcome");
            }
            outcomes.add(new Outcome(number, code, text(map, "regulation", path), text(map, "label", path)));
        }
        return outcomes;
    }

    private String text(Map<?, ?> map, String field, String path) {
        return nonBlank(map.get(field), path + field);
    }

    private String nonBlank(Object value, String field) {
        if (value == null) {
            throw problem(field + " is missing");
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw problem(field + " must be text that is not blank");
        }
        return text.strip();
    }

    private Map<?, ?> mapping(Object value, String field) {
        if (!(value instanceof Map<?, ?> map)) {
            throw problem(field + (value == null ? " is missing" : " must be a mapping of fields"));
        }
        return map;
    }

    private List<?> list(Object value, String field) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw problem(field + (value == null ? " is missing" : " must be a list that is not empty"));
        }
        return list;
    }

    private IllegalStateException problem(String message) {
        return new IllegalStateException(name + ": " + message);
    }
}
