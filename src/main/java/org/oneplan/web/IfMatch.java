package org.oneplan.web;

import org.springframework.http.ETag;

/**
 * The version a writer saw, read from an If-Match header holding a strong ETag of a version ("3"). An unreadable
 * tag can never match, so it fails as stale (412); a missing required If-Match is refused by the framework (428).
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version named by a required If-Match. */
    public static long required(String ifMatch) {
        Long version = optional(ifMatch);
        if (version == null) {
            throw new StaleRecordException(-1);
        }
        return version;
    }

    /** The version the writer saw, or null when they sent no If-Match: right only for something new. */
    public static Long optional(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(ETag.create(ifMatch).tag());
        } catch (NumberFormatException e) {
            throw new StaleRecordException(-1);
        }
    }
}
