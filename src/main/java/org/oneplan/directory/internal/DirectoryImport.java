package org.oneplan.directory.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.directory.DirectoryCategories;
import org.oneplan.directory.RevisionKind;
import org.oneplan.web.Validation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a CSV file of entries ({@link CsvImportRules} reads and checks it). Valid rows are imported, refused
 * rows are reported with their reasons. A row with the same name and area (in any case) as an entry already in
 * the directory updates that entry, as a new revision, so a locality can keep its list in a spreadsheet and
 * import it again; a row that says exactly what the entry says changes nothing. A row repeating an earlier row's
 * name and area, or matching a retired entry, is refused. The whole import is one transaction.
 */
@Service
@Transactional
public class DirectoryImport {

    private final EntryRepository entries;
    private final EntryRevisionRepository revisions;
    private final CsvImportRules rules;
    private final DirectoryAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    DirectoryImport(EntryRepository entries, EntryRevisionRepository revisions, DirectoryCategories categories,
                    Validation validation, MessageSource messages, DirectoryAccess access, AuditTrail audit,
                    Clock clock) {
        this.entries = entries;
        this.revisions = revisions;
        this.rules = new CsvImportRules(categories, validation, messages, clock);
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public ImportReport importCsv(byte[] file) {
        String by = access.maintainer().username();
        CsvImportRules.Parsed parsed = rules.read(file);
        if (!parsed.fileProblems().isEmpty()) {
            return new ImportReport(parsed.fileProblems(), 0, 0, 0, List.of());
        }
        int[] counts = new int[3];
        List<ImportReport.Rejected> rejected = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvImportRules.Row row : parsed.rows()) {
            List<String> reasons = new ArrayList<>(row.problems());
            if (row.valid()) {
                Long earlier = seen.putIfAbsent(key(row), row.line());
                if (earlier != null) {
                    reasons.add(rules.text("directory.import.row.repeated", earlier));
                } else {
                    apply(row, by, counts, reasons);
                }
            }
            if (!reasons.isEmpty()) {
                rejected.add(new ImportReport.Rejected(row.line(), row.draft().name(), reasons));
            }
        }
        ImportReport report = new ImportReport(List.of(), counts[0], counts[1], counts[2], rejected);
        audit.record(AuditAction.CREATED, "DirectoryImport", null, "Imported a directory CSV file: " + report.added()
                + " added, " + report.updated() + " updated, " + report.unchanged() + " unchanged, "
                + rejected.size() + " rejected");
        return report;
    }

    /** Adds the row, or updates the entry it matches; counts[0..2] are added, updated and unchanged. */
    private void apply(CsvImportRules.Row row, String by, int[] counts, List<String> reasons) {
        String checkedBy = row.checkedBy() != null ? row.checkedBy() : by;
        var existing = entries.findByNameKeyAndAreaKey(Entry.key(row.draft().name()), Entry.key(row.draft().area()));
        if (existing.isEmpty()) {
            Entry entry = Entry.add(row.draft(), row.lastChecked(), checkedBy);
            EntryRevision first = entry.revision(RevisionKind.IMPORTED, by, clock.instant());
            entries.save(entry);
            revisions.save(first);
            counts[0]++;
            return;
        }
        Entry entry = existing.get();
        if (entry.retired()) {
            reasons.add(rules.text("directory.import.row.retired"));
            return;
        }
        boolean newerCheck = row.lastChecked() != null
                && (entry.lastChecked() == null || row.lastChecked().isAfter(entry.lastChecked()));
        if (Objects.equals(entry.draft(), row.draft()) && !newerCheck) {
            counts[2]++;
            return;
        }
        entry.rewrite(row.draft(), entry.version());
        if (newerCheck) {
            entry.markChecked(row.lastChecked(), checkedBy);
        }
        revisions.save(entry.revision(RevisionKind.UPDATED_BY_IMPORT, by, clock.instant()));
        counts[1]++;
    }

    private static String key(CsvImportRules.Row row) {
        return Entry.key(row.draft().name()) + "\n" + Entry.key(row.draft().area());
    }
}
