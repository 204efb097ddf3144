package org.oneplan.review.api;

import java.net.URI;
import org.oneplan.web.IfMatch;
import org.springframework.http.ResponseEntity;

/** A review's or request's version as a strong ETag ("3"), and back from If-Match; an unreadable tag never matches. */
final class ReviewETags {

    private ReviewETags() {
    }

    static <T> ResponseEntity<T> ok(long version, T body) {
        return ResponseEntity.ok().eTag(String.valueOf(version)).body(body);
    }

    static <T> ResponseEntity<T> created(String location, long version, T body) {
        return ResponseEntity.created(URI.create(location)).eTag(String.valueOf(version)).body(body);
    }

    static long version(String ifMatch) {
        return IfMatch.required(ifMatch);
    }
}
