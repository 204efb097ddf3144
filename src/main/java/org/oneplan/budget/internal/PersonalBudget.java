package org.oneplan.budget.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.web.StaleRecordException;

/**
 * The personal budget of one plan: the indicative budget, the s26 split, how it is managed, the direct payment
 * where there is one, the flexible allowance, and when it became active. Each part is checked before it is
 * taken; every change names the version its writer saw, so nobody overwrites a change they have not seen.
 */
@Entity
class PersonalBudget {

    @Id
    private UUID id;
    private UUID planId;
    private UUID personId;
    /** Each part null until recorded, and when loaded with every column of it empty. */
    @Embedded
    private IndicativeColumns indicative;
    @Embedded
    private SplitColumns split;
    @ElementCollection
    @CollectionTable(name = "personal_budget_other", joinColumns = @JoinColumn(name = "budget_id"))
    @OrderColumn(name = "position")
    private List<OtherLine> other = new ArrayList<>();
    /** Null when loaded with every column empty: see {@link #columns()}. */
    @Embedded
    private DeploymentColumns deployment = new DeploymentColumns();
    @ElementCollection
    @CollectionTable(name = "personal_budget_dp_need", joinColumns = @JoinColumn(name = "budget_id"))
    @Column(name = "need_code")
    private Set<String> dpNeeds = new HashSet<>();
    @Embedded
    private AllowanceColumns allowance;
    private LocalDate activeFrom;
    private String writtenBy;
    private Instant writtenAt;
    /** Null until first saved, so that saving a new budget inserts it rather than merging a copy. */
    @Version
    private Long version;

    protected PersonalBudget() {
    }

    /** A budget with nothing recorded yet, started by {@code by}. */
    PersonalBudget(UUID planId, UUID personId, Signature by) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.personId = personId;
        this.writtenBy = by.username();
        this.writtenAt = by.at();
    }

    void recordIndicative(Indicative given, LocalDate today, Long expectedVersion, Signature by) {
        Indicative i = given.checked(today);
        sign(expectedVersion, by);
        indicative = new IndicativeColumns(i);
    }

    void recordSplit(Split given, Long expectedVersion, Signature by) {
        Split s = given.checked();
        sign(expectedVersion, by);
        split = new SplitColumns(s);
        other.clear();
        s.other().forEach(o -> other.add(new OtherLine(o.source(), o.amount())));
    }

    void decideDeployment(Deployment given, Long expectedVersion, Signature by) {
        Deployment d = given.checked(split());
        sign(expectedVersion, by);
        columns().take(d);
    }

    void recordDirectPayment(DirectPayment given, Set<String> knownNeeds, Long expectedVersion, Signature by) {
        Deployment d = deployment();
        BudgetRuleException.require(d != null && d.includesDirectPayment(), "holder", "budget.error.dp.notChosen");
        DirectPayment p = given.checked(knownNeeds);
        sign(expectedVersion, by);
        columns().take(p);
        dpNeeds.clear();
        dpNeeds.addAll(p.needCodes());
    }

    void setAllowance(Allowance given, Long expectedVersion, Signature by) {
        Allowance a = given.checked();
        sign(expectedVersion, by);
        allowance = a == null ? null : new AllowanceColumns(a);
    }

    /**
     * Makes the budget active from the given date, once it has been signed off. Who signed it off is kept by the
     * sign-off, so the budget's writer stays whoever wrote it (nobody signs off what they wrote).
     */
    void activate(LocalDate from) {
        BudgetRuleException.require(from != null, "from", "budget.error.activeFrom.required");
        activeFrom = from;
    }

    private void sign(Long expectedVersion, Signature by) {
        if (version == null ? expectedVersion != null : !version.equals(expectedVersion)) {
            throw new StaleRecordException(version == null ? -1 : version);
        }
        writtenBy = by.username();
        writtenAt = by.at();
    }

    Indicative indicative() {
        return indicative == null ? null : indicative.value();
    }

    Split split() {
        return split == null ? null : split.value(other);
    }

    Deployment deployment() {
        return columns().deployment();
    }

    DirectPayment directPayment() {
        return columns().directPayment(dpNeeds);
    }

    private DeploymentColumns columns() {
        if (deployment == null) {
            deployment = new DeploymentColumns();
        }
        return deployment;
    }

    Allowance allowance() {
        return allowance == null ? null : allowance.value();
    }

    UUID id() { return id; }
    UUID planId() { return planId; }
    UUID personId() { return personId; }
    LocalDate activeFrom() { return activeFrom; }
    String writtenBy() { return writtenBy; }
    Instant writtenAt() { return writtenAt; }
    Long version() { return version; }
}
