package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanningSettings;
import org.oneplan.web.StaleRecordException;

/** One organisation's decisions about its plans. */
@Entity
@Table(name = "planning_settings")
class PlanningSetting {

    @Id
    private UUID organisationId;
    private int maxReviewMonths;
    @Version
    private Long version;
    private Instant changedAt;
    private String changedBy;

    protected PlanningSetting() {
    }

    PlanningSetting(UUID organisationId) {
        this.organisationId = organisationId;
    }

    void change(int months, Long expectedVersion, String by, Instant at) {
        if (!Objects.equals(version, expectedVersion)) {
            throw new StaleRecordException(version == null ? 0 : version);
        }
        if (months < 1 || months > PlanningSettings.LONGEST_REVIEW_MONTHS) {
            throw new PlanRuleException("maxReviewMonths", "settings.planning.maxReviewMonths.range",
                    PlanningSettings.LONGEST_REVIEW_MONTHS);
        }
        this.maxReviewMonths = months;
        this.changedBy = by;
        this.changedAt = at;
    }

    PlanningSettings.Settings view() {
        return new PlanningSettings.Settings(organisationId, maxReviewMonths, version);
    }

    UUID organisationId() {
        return organisationId;
    }

    int maxReviewMonths() {
        return maxReviewMonths;
    }
}
