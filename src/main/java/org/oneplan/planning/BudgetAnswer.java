package org.oneplan.planning;

/** Whether the person will have a personal budget, as far as anyone knows yet. */
public enum BudgetAnswer {
    YES, NO, NOT_KNOWN_YET
}
