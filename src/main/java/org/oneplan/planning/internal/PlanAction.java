package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.oneplan.planning.ActionDraft;
import org.oneplan.planning.ActionLayer;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.ActionView;
import org.oneplan.planning.LinkedEntry;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.ServiceLanguage;
import org.oneplan.web.StaleRecordException;

/**
 * One action of the plan, SMART: what, who, by when, for which outcome, and from which layer of support.
 * It may name the community directory entry it draws on. It checks what it is given; removing it keeps it,
 * marked as removed, and a removed one does not change.
 */
@Entity
class PlanAction {

    static final int MAX_TEXT = 1000;

    @Id
    private UUID id;
    private UUID planId;
    private String text;
    @Enumerated(EnumType.STRING)
    private ActionOwner ownerKind;
    private String ownerName;
    private LocalDate dueDate;
    private UUID outcomeId;
    @Enumerated(EnumType.STRING)
    private ActionLayer layer;
    private UUID directoryEntryId;
    private String directoryEntryText;
    private Instant addedAt;
    private String writtenBy;
    private Instant writtenAt;
    private Instant removedAt;
    private String removedBy;
    /** Null until first saved, so that saving a new action inserts it rather than merging a copy. */
    @Version
    private Long version;

    protected PlanAction() {
    }

    PlanAction(UUID planId, Instant now) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.addedAt = now;
    }

    /**
     * {@code outcomes} are the plan's current outcomes by id (an action must serve one of them, if there are
     * any); {@code today} decides whether a newly set or changed date is in the past.
     */
    void write(ActionDraft d, Map<UUID, ?> outcomes, LocalDate today, String by, Instant now) {
        stillInThePlan();
        String clean = d.text() == null ? "" : d.text().strip();
        require(!clean.isEmpty(), "text", "next.error.text.required");
        require(clean.length() <= MAX_TEXT, "text", "next.error.text.tooLong");
        require(d.owner() != null, "owner", "next.error.owner.required");
        String name = d.ownerName() == null ? "" : d.ownerName().strip();
        require(!d.owner().needsName() || !name.isEmpty(), "ownerName", "next.error.ownerName.required");
        require(name.length() <= 200, "ownerName", "next.error.ownerName.tooLong");
        require(d.dueDate() != null, "dueDate", "next.error.dueDate.required");
        require(d.dueDate().equals(dueDate) || !d.dueDate().isBefore(today), "dueDate", "next.error.dueDate.past");
        require(d.outcomeId() != null || outcomes.isEmpty(), "outcomeId", "next.error.outcome.required");
        require(d.outcomeId() == null || outcomes.containsKey(d.outcomeId()), "outcomeId", "next.error.outcome.unknown");
        require(d.layer() != null, "layer", "next.error.layer.required");
        text = clean;
        ownerKind = d.owner();
        ownerName = d.owner().needsName() ? name : null;
        dueDate = d.dueDate();
        outcomeId = d.outcomeId();
        layer = d.layer();
        directoryEntryId = d.directoryEntryId();
        writtenBy = by;
        writtenAt = now;
    }

    void checkVersion(long expectedVersion) {
        if (expectedVersion != version()) {
            throw new StaleRecordException(version());
        }
    }

    void remove(long expectedVersion, String by, Instant now) {
        stillInThePlan();
        checkVersion(expectedVersion);
        removedAt = now;
        removedBy = by;
    }

    boolean removed() { return removedAt != null; }
    UUID id() { return id; }
    ActionLayer layer() { return layer; }
    ActionOwner ownerKind() { return ownerKind; }
    UUID planId() { return planId; }
    UUID directoryEntryId() { return directoryEntryId; }
    /** What the plan says of its directory entry: {@link LinkedEntry#nameAndContact()} as saved; null without one. */
    String directoryEntryText() { return directoryEntryText; }

    /** Records the entry as the directory has it now (null when the action names none), after writing. */
    void describeEntry(LinkedEntry entry) {
        directoryEntryText = entry == null ? null : entry.nameAndContact();
    }
    long version() { return version == null ? 0 : version; }

    /** {@code outcomeTexts}: the words of the plan's current outcomes, by id; the directory entry is not read. */
    ActionView view(Map<UUID, String> outcomeTexts) {
        return view(outcomeTexts, Map.of());
    }

    /**
     * {@code outcomeTexts}: the words of the plan's current outcomes, by id; {@code entries}: the directory entries
     * the plan's items name, by id.
     */
    ActionView view(Map<UUID, String> outcomeTexts, Map<UUID, LinkedEntry> entries) {
        return new ActionView(id, text, ownerKind, ownerName, dueDate, layer, outcomeId,
                outcomeId == null ? null : outcomeTexts.get(outcomeId), writtenBy, writtenAt, version(),
                ServiceLanguage.check(text), directoryEntryId,
                directoryEntryId == null ? null : entries.get(directoryEntryId));
    }

    private void stillInThePlan() {
        require(!removed(), "text", "next.error.removed");
    }

    static void require(boolean rule, String field, String messageKey) {
        if (!rule) {
            throw new PlanRuleException(field, messageKey);
        }
    }
}
