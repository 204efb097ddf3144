package org.oneplan.planning.internal;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.web.StaleRecordException;

/**
 * Something recorded in the plan's Care Act content (a need, the eligibility decision, advice): who wrote
 * it when, and its version, so nobody overwrites what they have not seen. Rule message keys are
 * {@code <slug>.error.<field>.<rule>}.
 */
@MappedSuperclass
abstract class AssessedRecord {

    /** Longest text, in characters. */
    static final int MAX_TEXT = 2000;

    @Id
    private UUID id;
    private UUID planId;
    private String writtenBy;
    private Instant writtenAt;
    /** Null until first saved, so that saving a new record inserts it rather than merging a copy. */
    @Version
    private Long version;

    protected AssessedRecord() {
    }

    protected AssessedRecord(UUID planId) {
        this.id = UUID.randomUUID();
        this.planId = planId;
    }

    /** The name of what is recorded in message keys. */
    abstract String slug();

    /** Null means the writer saw nothing yet: right only for something new. */
    void signed(Long expectedVersion, String by, Instant now) {
        if (version == null ? expectedVersion != null : !version.equals(expectedVersion)) {
            throw new StaleRecordException(version == null ? -1 : version);
        }
        this.writtenBy = by;
        this.writtenAt = now;
    }

    /** The text stripped, null when blank; refused when longer than {@code max}. */
    String bounded(String field, String value, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > max) {
            throw refused(field, "tooLong");
        }
        return clean.isEmpty() ? null : clean;
    }

    String required(String field, String value, int max) {
        String clean = bounded(field, value, max);
        if (clean == null) {
            throw refused(field, "required");
        }
        return clean;
    }

    PlanRuleException refused(String field, String rule) {
        return new PlanRuleException(field, slug() + ".error." + field + "." + rule);
    }

    UUID id() { return id; }
    UUID planId() { return planId; }
    String writtenBy() { return writtenBy; }
    Instant writtenAt() { return writtenAt; }
    Long version() { return version; }
}
