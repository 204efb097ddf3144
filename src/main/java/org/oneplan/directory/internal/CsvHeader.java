package org.oneplan.directory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.commons.csv.CSVRecord;

/**
 * The header row of a directory CSV file: which column each header names, in any case and with spaces or
 * hyphens for underscores, and what is wrong with it (a column nobody knows, one named twice, a required one
 * missing).
 */
final class CsvHeader {

    static final List<String> REQUIRED = List.of("name", "description", "category", "area");
    static final List<String> COLUMNS = List.of("name", "description", "category", "area", "phone", "email",
            "website", "address", "cost", "cost_details", "opening_times", "accessibility", "last_checked",
            "checked_by");

    private final Map<String, String> columns = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** {@code text} resolves a message key with its arguments. */
    CsvHeader(List<String> headers, BiFunction<String, Object[], String> text) {
        List<String> unknown = new ArrayList<>();
        for (String header : headers) {
            String column = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (!COLUMNS.contains(column)) {
                unknown.add(header);
            } else if (columns.containsValue(column)) {
                problems.add(text.apply("directory.import.file.repeated", new Object[] {header}));
            } else {
                columns.put(header, column);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(text.apply("directory.import.file.unknown",
                    new Object[] {String.join(", ", unknown), String.join(", ", COLUMNS)}));
        }
        REQUIRED.stream().filter(c -> !columns.containsValue(c))
                .forEach(c -> problems.add(text.apply("directory.import.file.missing", new Object[] {c})));
    }

    List<String> problems() {
        return problems;
    }

    /** The record's values by column name; a short record's missing values are null. */
    Map<String, String> values(CSVRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((header, column) -> values.put(column, record.isSet(header) ? record.get(header) : null));
        return values;
    }
}
