package org.oneplan.people;

/**
 * How to tell the person that something has changed, and nothing else of their record: the way they prefer
 * to be contacted (null when not recorded) and their email address (null when none).
 */
public record ContactPreference(ContactMethod preferred, String email) {
}
