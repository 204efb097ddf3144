package org.oneplan.budget;

import java.time.LocalDate;
import java.util.List;

/**
 * An authoriser's sign-off: any conditions, the organisation's criteria they ticked (in the words shown), and
 * the date the budget is active from (today when null).
 */
public record SignOffDecision(String conditions, List<String> ticked, LocalDate activeFrom) {
}
