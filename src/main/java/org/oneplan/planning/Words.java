package org.oneplan.planning;

import java.time.Instant;

/**
 * An answer in the plan and whose words it is.
 *
 * @param whoseName the supporter's or practitioner's name; the person's own words need none
 * @param writtenBy the username of whoever typed it, who may not be the person whose words they are
 */
public record Words(String text, Whose whose, String whoseName, String writtenBy, Instant writtenAt, long version) {
}
