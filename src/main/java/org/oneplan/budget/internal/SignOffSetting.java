package org.oneplan.budget.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.oneplan.web.StaleRecordException;

/**
 * One organisation's decisions about sign-off: the target in working days, the yearly budget above which two
 * authorisers sign off (none: always one), and its criteria, short statements shown to everyone involved.
 */
@Entity
@Table(name = "sign_off_settings")
class SignOffSetting {

    static final int MOST_CRITERIA = 20;
    static final int MAX_CRITERION = 300;

    @Id
    private UUID organisationId;
    private int targetDays;
    private BigDecimal twoAuthorisersOver;
    @ElementCollection
    @CollectionTable(name = "sign_off_criterion", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> criteria = new ArrayList<>();
    @Version
    private Long version;
    private Instant changedAt;
    private String changedBy;

    protected SignOffSetting() {
    }

    SignOffSetting(UUID organisationId) {
        this.organisationId = organisationId;
    }

    void change(int target, BigDecimal threshold, List<String> given, Long expectedVersion, Signature by) {
        if (!Objects.equals(version, expectedVersion)) {
            throw new StaleRecordException(version == null ? 0 : version);
        }
        BudgetRuleException.require(target >= 1 && target <= SignOffSettings.LONGEST_TARGET, "targetDays",
                "signoff.settings.targetDays.range", SignOffSettings.LONGEST_TARGET);
        BudgetRuleException.require(threshold == null || threshold.signum() > 0, "twoAuthorisersOver",
                "signoff.settings.threshold.positive");
        List<String> clean = given.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        BudgetRuleException.require(clean.size() <= MOST_CRITERIA, "criteria", "signoff.settings.criteria.tooMany",
                MOST_CRITERIA);
        BudgetRuleException.require(clean.stream().allMatch(c -> c.length() <= MAX_CRITERION), "criteria",
                "signoff.settings.criteria.tooLong", MAX_CRITERION);
        targetDays = target;
        twoAuthorisersOver = threshold;
        criteria.clear();
        criteria.addAll(clean);
        changedAt = by.at();
        changedBy = by.username();
    }

    SignOffSettings.Settings view() {
        return new SignOffSettings.Settings(organisationId, targetDays, twoAuthorisersOver, List.copyOf(criteria),
                version);
    }
}
