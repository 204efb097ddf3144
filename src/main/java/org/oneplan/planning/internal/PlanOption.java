package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.oneplan.planning.LinkedEntry;
import org.oneplan.planning.OptionDraft;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.SupportOption;
import org.oneplan.planning.SupportResource;

/**
 * An idea or option considered for one outcome of a plan: never blank, always saying the resource it draws on
 * and why it was chosen or not, in someone's words; it may name the community directory entry it draws on. Rule
 * message keys are {@code control.error.option.*}.
 */
@Entity
class PlanOption extends RemovableEntry {

    private UUID outcomeId;
    private String text;
    @Enumerated(EnumType.STRING)
    private SupportResource resource;
    private boolean chosen;
    private String why;
    private UUID directoryEntryId;
    private String directoryEntryText;

    protected PlanOption() {
    }

    PlanOption(UUID planId, UUID outcomeId, Instant now) {
        super(planId, now);
        this.outcomeId = outcomeId;
    }

    @Override
    String slug() {
        return "option";
    }

    /** Writes the option; {@code expectedVersion} is null for a new one. */
    void write(OptionDraft d, Long expectedVersion, String by, Instant now) {
        stillInThePlan("text");
        String cleanText = text("text", d.text());
        if (d.resource() == null) {
            throw new PlanRuleException("resource", "control.error.option.resource.required");
        }
        String cleanWhy = text("why", d.why());
        sign(d.whose(), d.whoseName(), expectedVersion, by, now);
        this.text = cleanText;
        this.resource = d.resource();
        this.chosen = d.chosen();
        this.why = cleanWhy;
        this.directoryEntryId = d.directoryEntryId();
    }

    UUID outcomeId() {
        return outcomeId;
    }

    UUID directoryEntryId() {
        return directoryEntryId;
    }

    /** What the plan says of its directory entry: {@link LinkedEntry#nameAndContact()} as saved; null without one. */
    String directoryEntryText() {
        return directoryEntryText;
    }

    /** Records the entry as the directory has it now (null when the option names none), after writing. */
    void describeEntry(LinkedEntry entry) {
        directoryEntryText = entry == null ? null : entry.nameAndContact();
    }

    /** The option; the directory entry it names is not read. */
    SupportOption view() {
        return view(Map.of());
    }

    /** {@code entries}: the directory entries the plan's items name, by id. */
    SupportOption view(Map<UUID, LinkedEntry> entries) {
        return new SupportOption(id(), outcomeId, text, resource, chosen, words(why), directoryEntryId,
                directoryEntryId == null ? null : entries.get(directoryEntryId));
    }
}
