package org.oneplan.web;

/** One choice in a radios or checkboxes fragment: the submitted value and its visible label. */
public record Option(String value, String label) {
}
