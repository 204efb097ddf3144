package org.oneplan.selfassessment.internal;

import java.util.List;
import org.oneplan.selfassessment.Framework;
import org.oneplan.web.FieldProblem;

/** What became of a framework file offered for loading. */
public sealed interface FrameworkLoad {

    /** Stored as a new version. */
    record Stored(Framework framework) implements FrameworkLoad {
    }

    /** Not stored: the file has problems. */
    record Invalid(List<FieldProblem> problems) implements FrameworkLoad {
    }

    /**
     * Not stored: that key and version are already stored, and versions are never replaced.
     *
     * @param identical the file is the one stored, character for character; otherwise its wording differs
     */
    record AlreadyStored(String key, int version, boolean identical) implements FrameworkLoad {
    }
}
