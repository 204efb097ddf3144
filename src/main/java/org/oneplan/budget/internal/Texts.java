package org.oneplan.budget.internal;

/** Free text as the budget keeps it: stripped, null when blank, refused when too long. */
final class Texts {

    private Texts() {
    }

    static String clean(String text, String field, int max) {
        String clean = text == null ? "" : text.strip();
        BudgetRuleException.require(clean.length() <= max, field, "budget.error.text.tooLong", max);
        return clean.isEmpty() ? null : clean;
    }

    static String required(String text, String field, int max, String messageKey) {
        String clean = clean(text, field, max);
        BudgetRuleException.require(clean != null, field, messageKey);
        return clean;
    }
}
