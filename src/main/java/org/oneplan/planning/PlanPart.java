package org.oneplan.planning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A part of the plan kept by its own service (outcomes, staying in control, actions ...). The plan asks
 * every part, as a bean, for what goes into an agreed version and for what the Care Act completeness
 * check finds missing. Both are called after the caller's access to the person has been checked, so
 * implementations neither check access nor audit.
 */
public interface PlanPart {

    /** The part's content as it stands, in display order, with labels already in words. */
    List<VersionedSection> content(UUID planId);

    /** What this part still lacks for the person's plan to be ready to agree; empty when nothing. */
    List<Gap> gaps(UUID planId, UUID personId);

    /**
     * The status of {@code section} on the task list when this part decides it (the personal budget decides
     * question 4 once the person will have one); empty, as by default, when the section's own rules apply.
     */
    default Optional<PlanView.SectionStatus> statusOf(PlanSection section, UUID planId, UUID personId) {
        return Optional.empty();
    }

    /** A section of an agreed version: its plan section and its items in order. */
    record VersionedSection(PlanSection section, String title, List<VersionedItem> items) {
    }

    /**
     * One item of an agreed version, as words: {@code whose} says whose words they are in plain English
     * ("Margaret's own words", "Sam Patel, practitioner"), or is null for facts such as dates.
     */
    record VersionedItem(String label, String text, String whose) {
    }

    /**
     * Something missing for the completeness check: the message key that names and explains it in plain
     * English, and the address where it is fixed.
     */
    record Gap(String messageKey, String fixHref) {
    }
}
