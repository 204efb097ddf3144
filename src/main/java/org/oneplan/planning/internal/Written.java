package org.oneplan.planning.internal;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.Whose;
import org.oneplan.planning.Words;
import org.oneplan.web.StaleRecordException;

/**
 * Something written in the plan in someone's words (in "How will you stay in control?", an option, an outcome):
 * whose words it is, who typed it when, and its version, so nobody overwrites words they have not seen. Rule
 * message keys are {@code control.error.<slug>.<field>.required|tooLong}, and {@code <whoseRules>.whose...} for
 * whose words they are.
 */
@MappedSuperclass
abstract class Written {

    @Id
    private UUID id;
    private UUID planId;
    @Enumerated(EnumType.STRING)
    private Whose whose;
    private String whoseName;
    private String writtenBy;
    private Instant writtenAt;
    /** Null until first saved, so that saving something new inserts it rather than merging a copy. */
    @Version
    private Long version;

    protected Written() {
    }

    protected Written(UUID planId) {
        this.id = UUID.randomUUID();
        this.planId = planId;
    }

    /** The name of what is written in message keys: the list's slug, or "sharing". */
    abstract String slug();

    /** The text, stripped; refused when blank or longer than {@link ControlList#MAX_TEXT}. */
    String text(String field, String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new PlanRuleException(field, "control.error." + slug() + "." + field + ".required");
        }
        if (clean.length() > ControlList.MAX_TEXT) {
            throw new PlanRuleException(field, "control.error." + slug() + "." + field + ".tooLong");
        }
        return clean;
    }

    /** Says whose words these are and who typed them, once the writer is known to have seen the latest. */
    void sign(Whose whose, String whoseName, Long expectedVersion, String by, Instant now) {
        String name = whoseName(whose, whoseName);
        checkVersion(expectedVersion);
        signed(whose, name, by, now);
    }

    /** Where the rules on whose words these are find their message keys: {@code <rules>.whose.required} ... */
    String whoseRules() {
        return "control.error";
    }

    /**
     * The name of whose words these are, stripped, or null for the person's own; refused when whose they are is
     * missing, or a supporter's name is missing or too long.
     */
    String whoseName(Whose whose, String whoseName) {
        if (whose == null) {
            throw new PlanRuleException("whose", whoseRules() + ".whose.required");
        }
        String name = whoseName == null ? null : whoseName.strip();
        if (whose == Whose.SUPPORTER && (name == null || name.isEmpty())) {
            throw new PlanRuleException("whoseName", whoseRules() + ".whoseName.required");
        }
        if (name != null && name.length() > 200) {
            throw new PlanRuleException("whoseName", whoseRules() + ".whoseName.tooLong");
        }
        return whose == Whose.PERSON || name == null || name.isEmpty() ? null : name;
    }

    /** Records whose words these are ({@code name} as {@link #whoseName} gave it) and who typed them when. */
    void signed(Whose whose, String name, String by, Instant now) {
        this.whose = whose;
        this.whoseName = name;
        this.writtenBy = by;
        this.writtenAt = now;
    }

    /** Null means the writer saw nothing yet: right only for something new. */
    void checkVersion(Long expectedVersion) {
        boolean isNew = writtenAt == null;
        if (isNew ? expectedVersion != null : expectedVersion == null || expectedVersion != version()) {
            throw new StaleRecordException(isNew ? -1 : version());
        }
    }

    Words words(String text) {
        return new Words(text, whose, whoseName, writtenBy, writtenAt, version());
    }

    UUID id() { return id; }
    UUID planId() { return planId; }
    long version() { return version == null ? 0 : version; }
}
