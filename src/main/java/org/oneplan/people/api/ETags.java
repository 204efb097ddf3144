package org.oneplan.people.api;

import org.oneplan.web.StaleRecordException;

/** Record versions as strong ETags: "3". */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version named by an If-Match header; anything unreadable can never match, so it fails as stale. */
    static long version(String ifMatch) {
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new StaleRecordException(-1);
        }
    }
}
