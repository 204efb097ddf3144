package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.planning.BudgetAnswer;
import org.oneplan.planning.ControlList;
import org.oneplan.planning.MoneyView;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.web.StaleRecordException;

/** Whether the person will have a personal budget, with an optional note; one per plan. */
@Entity
class PlanMoney {

    @Id
    private UUID id;
    private UUID planId;
    @Enumerated(EnumType.STRING)
    private BudgetAnswer budget;
    private String note;
    private String writtenBy;
    private Instant writtenAt;
    /** Null until first saved, so that saving a new answer inserts it rather than merging a copy. */
    @Version
    private Long version;

    protected PlanMoney() {
    }

    PlanMoney(UUID planId) {
        this.id = UUID.randomUUID();
        this.planId = planId;
    }

    /** {@code expectedVersion} is null when the writer saw no answer: right only for a new one. */
    void write(BudgetAnswer budget, String note, Long expectedVersion, String by, Instant now) {
        if (version == null ? expectedVersion != null : !version.equals(expectedVersion)) {
            throw new StaleRecordException(version == null ? -1 : version);
        }
        if (budget == null) {
            throw new PlanRuleException("budget", "money.error.budget.required");
        }
        String clean = note == null ? "" : note.strip();
        if (clean.length() > ControlList.MAX_TEXT) {
            throw new PlanRuleException("note", "money.error.note.tooLong");
        }
        this.budget = budget;
        this.note = clean.isEmpty() ? null : clean;
        this.writtenBy = by;
        this.writtenAt = now;
    }

    MoneyView view() {
        return new MoneyView(budget, note, writtenBy, writtenAt, version == null ? 0 : version);
    }
}
