package org.oneplan.budget.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the support types shipped in {@code budget/support-types.yaml}, stopping at the first problem with a
 * message naming the file and the field ({@code types[2].label is missing}): the file ships with the
 * application, so a problem is a mistake to fix before release.
 */
final class SupportTypesFile {

    static final String RESOURCE = "budget/support-types.yaml";

    /** One shipped type. */
    record Entry(String code, String label, boolean traditional) {
    }

    private SupportTypesFile() {
    }

    static List<Entry> load() {
        try (var in = SupportTypesFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": not found on the classpath");
            }
            return read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(RESOURCE + ": could not be read", e);
        }
    }

    static List<Entry> read(String yaml) {
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(tree instanceof Map<?, ?> root) || !(root.get("types") instanceof List<?> types) || types.isEmpty()) {
            throw problem("types must be a list that is not empty");
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            if (!(types.get(i) instanceof Map<?, ?> type)) {
                throw problem("types[" + i + "] must be a mapping of fields");
            }
            String code = text(type, "code", i);
            if (!code.matches(SupportTypes.CODE) || !codes.add(code)) {
                throw problem("types[" + i + "].code '" + code + "' must be lower-case letters and hyphens, used once");
            }
            if (!(type.get("traditional") instanceof Boolean traditional)) {
                throw problem("types[" + i + "].traditional must be true or false");
            }
            entries.add(new Entry(code, text(type, "label", i), traditional));
        }
        return entries;
    }

    private static String text(Map<?, ?> type, String field, int i) {
        if (!(type.get(field) instanceof String text) || text.isBlank()) {
            throw problem("types[" + i + "]." + field + " is missing");
        }
        return text.strip();
    }

    private static IllegalStateException problem(String message) {
        return new IllegalStateException(RESOURCE + ": " + message);
    }
}
