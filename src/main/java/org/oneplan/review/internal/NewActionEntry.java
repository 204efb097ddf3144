package org.oneplan.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;

/**
 * A new SMART action: what will be done, by whom, by when, for which outcome (relevant), from which layer of support.
 * The plan checks it again when the review is completed.
 */
@Embeddable
class NewActionEntry {

    static final int MAX = 1000;

    private String text;
    @Enumerated(EnumType.STRING)
    @Column(name = "owner_kind")
    private ActionOwner owner;
    private String ownerName;
    private LocalDate dueDate;
    private UUID outcomeId;
    @Enumerated(EnumType.STRING)
    private ActionLayer layer;

    protected NewActionEntry() {
    }

    /** {@code outcomes} are those the action may serve: kept by the review, or new; none when the plan has none. */
    NewActionEntry(ActionDraft d, Set<UUID> outcomes, LocalDate today) {
        this.text = Texts.required(d.text(), MAX, "text", "review.action.error.text");
        Texts.require(d.owner() != null, "owner", "review.action.error.owner");
        String name = Texts.optional(d.ownerName(), Texts.SHORT, "ownerName");
        Texts.require(!d.owner().needsName() || name != null, "ownerName", "review.action.error.ownerName");
        Texts.require(d.dueDate() != null, "dueDate", "review.action.error.dueDate");
        Texts.require(!d.dueDate().isBefore(today), "dueDate", "review.action.error.dueDate.past");
        Texts.require(outcomes.isEmpty() ? d.outcomeId() == null : outcomes.contains(d.outcomeId()), "outcomeId",
                "review.action.error.outcome");
        Texts.require(d.layer() != null, "layer", "review.action.error.layer");
        this.owner = d.owner();
        this.ownerName = d.owner().needsName() ? name : null;
        this.dueDate = d.dueDate();
        this.outcomeId = d.outcomeId();
        this.layer = d.layer();
    }

    UUID outcomeId() {
        return outcomeId;
    }

    ActionDraft view() {
        return new ActionDraft(text, owner, ownerName, dueDate, outcomeId, layer);
    }
}
