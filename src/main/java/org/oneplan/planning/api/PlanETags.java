package org.oneplan.planning.api;

import java.net.URI;
import java.util.UUID;
import org.oneplan.web.IfMatch;
import org.springframework.http.ResponseEntity;

/**
 * Versions of the plan's parts as strong ETags ("3"), and back from If-Match through {@link IfMatch}: an
 * unreadable tag fails as stale (412); a missing required If-Match is refused by the framework with 428.
 */
final class PlanETags {

    private PlanETags() {
    }

    /** 200 with the body and its version as the ETag. */
    static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(String.valueOf(version)).body(body);
    }

    /** 201 with the new part's address (under the person's plan, e.g. "outcomes/…"), its version as the ETag, and it. */
    static <T> ResponseEntity<T> created(UUID personId, String path, long version, T body) {
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/plan/" + path))
                .eTag(String.valueOf(version)).body(body);
    }

    /** The version named by a required If-Match. */
    static long version(String ifMatch) {
        return IfMatch.required(ifMatch);
    }

    /** The version the writer saw, or null when they sent no If-Match: right only for something new. */
    static Long optional(String ifMatch) {
        return IfMatch.optional(ifMatch);
    }
}
