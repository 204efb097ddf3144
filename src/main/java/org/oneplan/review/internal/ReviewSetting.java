package org.oneplan.review.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.oneplan.review.ReviewRuleException;
import org.oneplan.review.ReviewSettings;
import org.oneplan.web.StaleRecordException;

/** One organisation's decisions about reviews. */
@Entity
@Table(name = "review_settings")
class ReviewSetting {

    @Id
    private UUID organisationId;
    private boolean firstReview;
    private int responseDays;
    @Version
    private Long version;
    private Instant changedAt;
    private String changedBy;

    protected ReviewSetting() {
    }

    ReviewSetting(UUID organisationId) {
        this.organisationId = organisationId;
    }

    void change(boolean firstReview, int responseDays, Long expectedVersion, String by, Instant at) {
        if (!Objects.equals(version, expectedVersion)) {
            throw new StaleRecordException(version == null ? 0 : version);
        }
        if (responseDays < 1 || responseDays > ReviewSettings.LONGEST_RESPONSE_DAYS) {
            throw new ReviewRuleException("responseDays", "settings.review.responseDays.range",
                    ReviewSettings.LONGEST_RESPONSE_DAYS);
        }
        this.firstReview = firstReview;
        this.responseDays = responseDays;
        this.changedBy = by;
        this.changedAt = at;
    }

    ReviewSettings.Settings view() {
        return new ReviewSettings.Settings(organisationId, firstReview, responseDays, version);
    }
}
