package org.oneplan.people;

/** Formats the person needs information in (Accessible Information Standard). */
public enum InformationFormat {
    EASY_READ, LARGE_PRINT, BRAILLE, AUDIO, BSL, INTERPRETER
}
