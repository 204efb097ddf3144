package org.oneplan.selfassessment.internal;

import org.oneplan.web.FieldProblem;

/** What can be wrong with a framework file, in the words the API and pages show. */
final class FrameworkProblems {

    static final String EMPTY = "The file is empty.";
    static final String TOO_LARGE = "The file is larger than " + FrameworkFiles.MAX_CHARACTERS + " characters.";
    static final String NOT_UTF8 = "The file must be text in UTF-8.";
    static final String NOT_YAML = "The file is not valid YAML";
    static final String NOT_A_MAPPING = "The file must be a YAML mapping with key, version, title and sections.";
    static final String MISSING = "'%s' is missing.";
    static final String BLANK = "'%s' must not be blank.";
    static final String TOO_LONG = "'%s' must be at most %d characters.";
    static final String NOT_TEXT = "'%s' must be text (put it in quotes if it looks like a number, date or yes/no).";
    static final String NOT_NUMBER = "'%s' must be a whole number.";
    static final String NOT_LIST = "'%s' must be a list.";
    static final String NOT_MAPPING = "'%s' must be a mapping of names to values.";
    static final String UNKNOWN_FIELD = "'%s' is not a field of a framework file.";
    /** "load" names the page that loads a framework, so no framework may have it as its key. */
    static final String KEY_RESERVED = "The key \"load\" is reserved: choose another key";
    static final String KEY_FORMAT = "The key must be lower-case letters, digits and hyphens, start with a letter "
            + "and be at most 60 characters.";
    static final String VERSION_RANGE = "The version must be a whole number from 1 to 999999.";
    static final String NO_SECTIONS = "A framework needs at least one section.";
    static final String NO_ITEMS = "Section %d has no items.";
    static final String DUPLICATE_SECTION = "Section number %d is used more than once.";
    static final String DUPLICATE_STAGE = "Stage number %d is used more than once in section %d.";
    static final String DUPLICATE_CODE = "Item code %s is used more than once.";
    static final String STATEMENT_COUNT = "Item %s has %d statements; every item needs exactly 5.";
    static final String LEVELS = "Item %s has statement levels %s; they must be 1, 2, 3, 4 and 5, in that order.";
    static final String UNKNOWN_STAGE = "Item %s is in stage %d, which section %d does not have.";
    static final String STAGE_NEEDED = "Item %s needs a stage: section %d is divided into stages.";

    private FrameworkProblems() {
    }

    static FieldProblem problem(String field, String message, Object... values) {
        return new FieldProblem(field, values.length == 0 ? message : message.formatted(values));
    }
}
