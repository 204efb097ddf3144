package org.oneplan.planning;

/** Whether the person is unable to achieve an eligibility outcome, in the sense of reg. 2(3); or not assessed yet. */
public enum UnableToAchieve {
    YES, NO, NOT_ASSESSED
}
