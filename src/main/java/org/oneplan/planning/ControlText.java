package org.oneplan.planning;

/**
 * A risk or a contingency plan as written: its three texts (see {@link ControlList#fields()}) and whose
 * words they are.
 */
public record ControlText(String first, String second, String third, Whose whose, String whoseName) {
}
