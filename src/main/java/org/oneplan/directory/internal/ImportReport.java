package org.oneplan.directory.internal;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: problems with the file as a whole (then nothing was imported), or how many rows added an
 * entry, updated one with the same name and area, or matched one exactly, and the rows refused with their reasons.
 */
public record ImportReport(List<String> fileProblems, int added, int updated, int unchanged, List<Rejected> rejected)
        implements Serializable {

    /** A refused row: its line in the file (the header is line 1), the name it gave and why it was refused. */
    public record Rejected(long line, String name, List<String> reasons) implements Serializable {
    }

    public ImportReport {
        fileProblems = List.copyOf(fileProblems);
        rejected = List.copyOf(rejected);
    }

    public boolean fileRefused() {
        return !fileProblems.isEmpty();
    }

    public int imported() {
        return added + updated;
    }
}
