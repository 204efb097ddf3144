package org.oneplan.directory;

/** What one revision of an entry did. */
public enum RevisionKind {
    ADDED, CHANGED, CHECKED, RETIRED, REINSTATED, IMPORTED, UPDATED_BY_IMPORT
}
