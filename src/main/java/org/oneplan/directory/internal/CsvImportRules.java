package org.oneplan.directory.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.oneplan.directory.DirectoryCategories;
import org.oneplan.directory.DirectoryCategories.Category;
import org.oneplan.directory.DirectoryDraft;
import org.oneplan.web.FieldProblem;
import org.oneplan.web.Validation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Reads a directory CSV file (UTF-8, comma-separated, a header row naming the columns) into rows, each checked
 * by the same rules as the entry form. A problem with the file as a whole (not UTF-8, not CSV, a required column
 * missing or a column nobody knows) stops the import before any row; a problem with a row rejects that row only.
 * Headers are matched in any case, with spaces or hyphens for underscores ("Opening times").
 */
final class CsvImportRules {

    static final int MAX_ROWS = 5000;

    /** One data row: its line (the header is line 1), what it says, and why it is refused (empty if it is not). */
    record Row(long line, DirectoryDraft draft, LocalDate lastChecked, String checkedBy, List<String> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Either problems with the whole file, or its rows. */
    record Parsed(List<String> fileProblems, List<Row> rows) {
    }

    private final DirectoryCategories categories;
    private final Validation validation;
    private final MessageSource messages;
    private final Clock clock;

    CsvImportRules(DirectoryCategories categories, Validation validation, MessageSource messages, Clock clock) {
        this.categories = categories;
        this.validation = validation;
        this.messages = messages;
        this.clock = clock;
    }

    Parsed read(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return failed(text("directory.import.file.notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed(text("directory.import.file.empty"));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            CsvHeader header = new CsvHeader(parser.getHeaderNames(), this::text);
            if (!header.problems().isEmpty()) {
                return new Parsed(header.problems(), List.of());
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    return failed(text("directory.import.file.tooManyRows", MAX_ROWS));
                }
                Map<String, String> values = header.values(record);
                if (values.values().stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                rows.add(row(record.getRecordNumber() + 1, values));
            }
            return new Parsed(List.of(), rows);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return failed(text("directory.import.file.notCsv"));
        }
    }

    /** A row's values by column name; any column may be missing or blank. */
    Row row(long line, Map<String, String> values) {
        List<String> problems = new ArrayList<>();
        String category = blankToNull(values.get("category"));
        if (category != null) {
            category = categories.byCodeOrLabel(category).map(Category::code).orElseGet(() -> {
                problems.add(text("directory.import.row.category", values.get("category")));
                return values.get("category");
            });
        }
        DirectoryDraft draft = new DirectoryDraft(values.get("name"), values.get("description"), category,
                values.get("area"), values.get("phone"), values.get("email"), values.get("website"),
                values.get("address"), CsvValues.cost(values.get("cost"), problems, this::text),
                values.get("cost_details"), values.get("opening_times"), values.get("accessibility"));
        validation.check(draft, "").stream().map(FieldProblem::message).forEach(problems::add);
        LocalDate lastChecked = CsvValues.date(values.get("last_checked"), LocalDate.now(clock), problems, this::text);
        String checkedBy = blankToNull(values.get("checked_by"));
        if (checkedBy != null && checkedBy.length() > 100) {
            problems.add(text("directory.import.row.checkedBy"));
        }
        return new Row(line, draft, lastChecked, checkedBy, List.copyOf(problems));
    }

    private static String blankToNull(String s) {
        return CsvValues.blankToNull(s);
    }

    private Parsed failed(String problem) {
        return new Parsed(List.of(problem), List.of());
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
