package org.oneplan.planning;

/**
 * An assessed need as written: whether the person is unable to achieve the outcome, what they cannot do
 * and why, the impact on their wellbeing, and, for a need marked unable, whether and how the council will
 * meet it.
 */
public record NeedDraft(UnableToAchieve unable, String cannotDo, String wellbeingImpact, boolean councilWillMeet,
                        String howMet) {
}
