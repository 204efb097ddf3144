package org.oneplan.directory.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oneplan.directory.DirectoryCategories;
import org.oneplan.directory.DirectoryCategories.Category;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the categories file, stopping at the first problem with a message naming the file and the field. The
 * file ships with the application (or a locality points at its own), so a problem stops the start.
 */
final class CategoriesFile {

    private CategoriesFile() {
    }

    static DirectoryCategories read(String name, String yaml) {
        Object tree;
        try {
            tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml == null ? "" : yaml);
        } catch (RuntimeException e) {
            throw problem(name, "is not valid YAML: " + e.getMessage());
        }
        if (!(tree instanceof Map<?, ?> root) || !(root.get("categories") instanceof List<?> entries)
                || entries.isEmpty()) {
            throw problem(name, "needs a list 'categories' that is not empty");
        }
        List<Category> categories = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "categories[" + i + "].";
            if (!(entries.get(i) instanceof Map<?, ?> map)) {
                throw problem(name, path + " must be a mapping of code, label and hint");
            }
            String code = text(name, map, "code", path);
            if (!code.matches("[a-z][a-z-]{0,39}") || !codes.add(code)) {
                throw problem(name, path + "code '" + code + "' must be unique, lower-case letters and hyphens");
            }
            categories.add(new Category(code, text(name, map, "label", path), text(name, map, "hint", path)));
        }
        return new DirectoryCategories(categories);
    }

    private static String text(String name, Map<?, ?> map, String field, String path) {
        if (!(map.get(field) instanceof String text) || text.isBlank()) {
            throw problem(name, path + field + " must be text that is not blank");
        }
        return text.strip();
    }

    private static IllegalStateException problem(String name, String message) {
        return new IllegalStateException(name + ": " + message);
    }
}
