package org.oneplan.budget.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.web.StaleRecordException;

/**
 * A kind of support a spending plan line can buy, marked traditional (home care, residential respite, supported
 * living, day centres) or not. Administrators rename, mark and retire types; a type is never deleted, so every
 * line keeps the type it was written with.
 */
@Entity
class SupportType {

    static final int MAX_LABEL = 200;

    @Id
    private UUID id;
    private String code;
    private String label;
    private boolean traditional;
    private int position;
    private Instant retiredAt;
    private String changedBy;
    private Instant changedAt;
    /** Null until first saved, so that saving a new type inserts it rather than merging a copy. */
    @Version
    private Long version;

    protected SupportType() {
    }

    SupportType(String code, int position) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.position = position;
    }

    /** Names and marks the type; {@code expectedVersion} is null for a new one. */
    void describe(String newLabel, boolean isTraditional, Long expectedVersion, Signature by) {
        String clean = Texts.required(newLabel, "label", MAX_LABEL, "budget.error.supportType.label.required");
        if (version == null ? expectedVersion != null : !version.equals(expectedVersion)) {
            throw new StaleRecordException(version == null ? -1 : version);
        }
        label = clean;
        traditional = isTraditional;
        sign(by);
    }

    void retire(Signature by) {
        if (retiredAt == null) {
            retiredAt = by.at();
            sign(by);
        }
    }

    void reinstate(Signature by) {
        if (retiredAt != null) {
            retiredAt = null;
            sign(by);
        }
    }

    private void sign(Signature by) {
        changedBy = by.username();
        changedAt = by.at();
    }

    String code() { return code; }
    String label() { return label; }

    SupportTypeView view() {
        return new SupportTypeView(id, code, label, traditional, retiredAt != null, changedBy, changedAt,
                version == null ? 0 : version);
    }
}
