package org.oneplan.planning;

/** How advice or information was given, so the plan shows whether it reached the person in a way they can use. */
public enum AdviceFormat {
    SPOKEN, PRINTED, EASY_READ, LARGE_PRINT, EMAIL, WEBSITE, OTHER
}
