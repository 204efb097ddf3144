package org.oneplan.directory;

import java.time.Instant;
import java.util.List;

/**
 * One step in an entry's history: what happened, when and by whom, the content as it then stood, and which
 * fields it changed (names of {@link DirectoryDraft}'s components, empty when only the state changed).
 */
public record DirectoryRevision(int number, RevisionKind kind, Instant at, String by, DirectoryDraft content,
                                List<String> changedFields) {
}
