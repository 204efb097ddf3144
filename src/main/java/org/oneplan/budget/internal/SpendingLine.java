package org.oneplan.budget.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.oneplan.planning.ServiceLanguage;
import org.oneplan.planning.Whose;
import org.oneplan.planning.Words;
import org.oneplan.web.StaleRecordException;

/**
 * One line of a spending plan, in someone's words. Nothing about it asks for hours, times or tasks. It checks
 * what it is given; removing it keeps it, marked with who removed it when, and a removed line does not change.
 */
@Entity
class SpendingLine {

    static final int MAX_TEXT = 1000;

    @Id
    private UUID id;
    private UUID planId;
    private UUID personId;
    private int position;
    private String description;
    @Enumerated(EnumType.STRING)
    private Whose whose;
    private String whoseName;
    private String supportType;
    @ElementCollection
    @CollectionTable(name = "spending_line_outcome", joinColumns = @JoinColumn(name = "line_id"))
    @Column(name = "outcome_id")
    private Set<UUID> outcomeIds = new HashSet<>();
    private BigDecimal cost;
    @Enumerated(EnumType.STRING)
    private Period period;
    private Instant addedAt;
    private String writtenBy;
    private Instant writtenAt;
    private Instant removedAt;
    private String removedBy;
    /** Null until first saved, so that saving a new line inserts it rather than merging a copy. */
    @Version
    private Long version;

    protected SpendingLine() {
    }

    SpendingLine(UUID planId, UUID personId, int position, Instant now) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.personId = personId;
        this.position = position;
        this.addedAt = now;
    }

    /**
     * {@code outcomes} are the plan's current outcomes, {@code supportTypes} the codes a line may be given now
     * (its own, even if retired since, stays allowed); {@code expectedVersion} is null for a new line.
     */
    void write(SpendingLineDraft d, Set<UUID> outcomes, Set<String> supportTypes, Long expectedVersion, Signature by) {
        BudgetRuleException.require(removedAt == null, "description", "budget.error.line.removed");
        String text = Texts.required(d.description(), "description", MAX_TEXT, "budget.error.line.description.required");
        BudgetRuleException.require(d.whose() != null, "whose", "budget.error.whose.required");
        String name = Texts.clean(d.whoseName(), "whoseName", 200);
        BudgetRuleException.require(d.whose() != Whose.SUPPORTER || name != null, "whoseName",
                "budget.error.whoseName.required");
        BudgetRuleException.require(d.supportType() != null, "supportType", "budget.error.line.supportType.required");
        BudgetRuleException.require(supportTypes.contains(d.supportType()) || d.supportType().equals(supportType),
                "supportType", "budget.error.line.supportType.unknown");
        BudgetRuleException.require(!outcomes.isEmpty(), "outcomeIds", "budget.error.line.outcomes.none");
        BudgetRuleException.require(!d.outcomeIds().isEmpty(), "outcomeIds", "budget.error.line.outcomes.required");
        BudgetRuleException.require(outcomes.containsAll(d.outcomeIds()), "outcomeIds",
                "budget.error.line.outcomes.unknown");
        BudgetRuleException.require(d.period() != null, "period", "budget.error.line.period.required");
        BigDecimal pence = Money.check(Money.required(d.cost(), "cost", "budget.amount.cost"), d.period(), "cost",
                "budget.amount.cost");
        checkVersion(expectedVersion);
        description = text;
        whose = d.whose();
        whoseName = d.whose() == Whose.PERSON ? null : name;
        supportType = d.supportType();
        outcomeIds.clear();
        outcomeIds.addAll(d.outcomeIds());
        cost = pence;
        period = d.period();
        writtenBy = by.username();
        writtenAt = by.at();
    }

    void remove(long expectedVersion, Signature by) {
        BudgetRuleException.require(removedAt == null, "description", "budget.error.line.removed");
        checkVersion(expectedVersion);
        removedAt = by.at();
        removedBy = by.username();
    }

    private void checkVersion(Long expectedVersion) {
        if (version == null ? expectedVersion != null : !version.equals(expectedVersion)) {
            throw new StaleRecordException(version == null ? -1 : version);
        }
    }

    UUID id() { return id; }
    UUID planId() { return planId; }
    UUID personId() { return personId; }
    boolean removed() { return removedAt != null; }

    SpendingLineView view() {
        return new SpendingLineView(id, new Words(description, whose, whoseName, writtenBy, writtenAt,
                version == null ? 0 : version), supportType, Set.copyOf(outcomeIds), cost, period,
                ServiceLanguage.check(description));
    }
}
