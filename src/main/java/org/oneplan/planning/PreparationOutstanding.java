package org.oneplan.planning;

import java.util.List;
import org.oneplan.people.PersonSummary;

/** A person whose plan is in draft with preparation still to finish, and which preparation sections are not completed. */
public record PreparationOutstanding(PersonSummary person, List<PlanSection> missing) {
}
