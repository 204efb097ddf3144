package org.oneplan.planning;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.people.PersonSummary;

/** One row of an actions due list: whose plan, which action, who does it, by when, how it stands and how late. */
public record DueAction(PersonSummary person, UUID actionId, String text, ActionOwner owner, String ownerName,
                        LocalDate dueDate, ActionStatus status, long daysLate) {

    public boolean overdue() {
        return daysLate > 0;
    }
}
