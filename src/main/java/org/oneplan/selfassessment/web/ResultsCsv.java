package org.oneplan.selfassessment.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.oneplan.selfassessment.ItemResult;
import org.oneplan.selfassessment.Results;
import org.oneplan.selfassessment.Statement;

/** Item levels as CSV for spreadsheets, one row per item, with a header row. */
final class ResultsCsv {

    private ResultsCsv() {
    }

    static String of(Results results) {
        StringBuilder csv = new StringBuilder("code,section,stage,title,level,band,work_towards\r\n");
        for (ItemResult i : results.items()) {
            csv.append(Stream.of(i.item().code(), Integer.toString(i.sectionNumber()),
                            i.item().stage() == null ? "" : i.item().stage().toString(), i.item().title(),
                            i.answered() ? i.level().toString() : "", i.band().map(Enum::name).orElse(""),
                            i.nextStatement().map(Statement::text).orElse(""))
                    .map(ResultsCsv::cell).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    /** Quoted as RFC 4180 asks; text that a spreadsheet would run as a formula is prefixed with a quote. */
    static String cell(String value) {
        String safe = !value.isEmpty() && List.of('=', '+', '-', '@').contains(value.charAt(0)) ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
