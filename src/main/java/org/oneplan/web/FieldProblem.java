package org.oneplan.web;

/** A problem with one field of a form or request body; {@code field} is its path, e.g. "contact.email". */
public record FieldProblem(String field, String message) {
}
