package org.oneplan.directory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The directory's categories, in the order of the file they are loaded from ({@code directory/categories.yaml}). */
public final class DirectoryCategories {

    /** One category: its code (stored with entries), its label and a hint saying what belongs in it. */
    public record Category(String code, String label, String hint) {
    }

    private final List<Category> all;

    public DirectoryCategories(List<Category> all) {
        this.all = List.copyOf(all);
    }

    public List<Category> all() {
        return all;
    }

    public Optional<Category> find(String code) {
        return all.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The category a person typed, by its code or its label, in any case (as a CSV file may have it). */
    public Optional<Category> byCodeOrLabel(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(c -> c.code().equals(t) || c.label().toLowerCase(Locale.ROOT).equals(t)).findFirst();
    }

    /** The label to show for a stored code; the code itself if the file no longer has it. */
    public String label(String code) {
        return find(code).map(Category::label).orElse(code);
    }
}
