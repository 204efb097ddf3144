package org.oneplan.directory;

/** What using a resource costs the person; the details say how much or what is suggested. */
public enum Cost {
    FREE, PAY, DONATION
}
