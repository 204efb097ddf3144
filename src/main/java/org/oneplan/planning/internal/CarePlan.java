package org.oneplan.planning.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanStatus;
import org.oneplan.planning.PlanView;
import org.oneplan.planning.Whose;
import org.oneplan.planning.Words;
import org.oneplan.web.StaleRecordException;

/**
 * A person's one plan. Whether it is agreed is worked out from its content against the agreed versions
 * (see {@code PlanStates}); it stores only whether, and with what content, it was marked ready. It
 * guards its answers: bounded, never blank, whose words they are always said,
 * and no answer overwritten by someone who had not seen the latest one.
 */
@Entity
public class CarePlan {

    @Id
    private UUID id;
    private UUID personId;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private String startedBy;
    private Instant startedAt;
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    private Set<PlanEntry> entries = new LinkedHashSet<>();
    private String readyHash;
    /** The content the person agreed, while it waits for sign-off; null otherwise. */
    private String agreedHash;
    @Version
    private long version;

    protected CarePlan() {
    }

    CarePlan(UUID personId, String startedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.status = PlanStatus.DRAFT;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    /**
     * Writes an answer. {@code expectedVersion} is the version of the answer the writer saw, or null when
     * they saw none; anything else means someone saved in between.
     */
    PlanEntry write(PlanPrompt prompt, String text, Whose whose, String whoseName, Long expectedVersion,
                    String by, Instant now) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new PlanRuleException("text", "planning.error.text.required");
        }
        if (clean.length() > PlanPrompt.MAX_TEXT) {
            throw new PlanRuleException("text", "planning.error.text.tooLong");
        }
        if (whose == null) {
            throw new PlanRuleException("whose", "planning.error.whose.required");
        }
        String name = whoseName == null ? null : whoseName.strip();
        if (whose == Whose.SUPPORTER && (name == null || name.isEmpty())) {
            throw new PlanRuleException("whoseName", "planning.error.whoseName.required");
        }
        if (name != null && name.length() > 200) {
            throw new PlanRuleException("whoseName", "planning.error.whoseName.tooLong");
        }
        PlanEntry existing = entries.stream().filter(e -> e.prompt() == prompt).findFirst().orElse(null);
        long seen = expectedVersion == null ? -1 : expectedVersion;
        if (existing == null ? expectedVersion != null : existing.version() != seen) {
            throw new StaleRecordException(existing == null ? -1 : existing.version());
        }
        if (existing == null) {
            existing = new PlanEntry(this, prompt);
            entries.add(existing);
        }
        existing.rewrite(clean, whose, whose == Whose.PERSON ? null : name, by, now);
        return existing;
    }

    /** Remembers the content that was checked as ready, so any later change makes it a draft again. */
    void markReady(String contentHash) {
        status = PlanStatus.READY_TO_AGREE;
        readyHash = contentHash;
    }

    /** After the person's answer: agreed (the version holds it now) or not, the next step is a draft. */
    void backToDraft() {
        status = PlanStatus.DRAFT;
        readyHash = null;
        agreedHash = null;
    }

    /** The person agreed the ready plan, which now waits for sign-off before it becomes a version. */
    void awaitSignOff(String contentHash) {
        if (!readyWith(contentHash)) {
            throw new PlanRuleException("decision", "planning.error.notReady");
        }
        backToDraft();
        agreedHash = contentHash;
    }

    boolean awaitingSignOffWith(String contentHash) {
        return contentHash.equals(agreedHash);
    }

    boolean readyWith(String contentHash) {
        return status == PlanStatus.READY_TO_AGREE && contentHash.equals(readyHash);
    }

    public PlanView view() {
        Map<PlanPrompt, Words> answers = new EnumMap<>(PlanPrompt.class);
        entries.forEach(e -> answers.put(e.prompt(), e.words()));
        return new PlanView(id, personId, status, startedBy, startedAt, answers);
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
}
