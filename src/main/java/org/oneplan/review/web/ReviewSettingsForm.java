package org.oneplan.review.web;

import org.oneplan.review.ReviewSettings;

/** An organisation's review settings as typed, with the version the writer saw (null for the defaults). */
public class ReviewSettingsForm {

    private Boolean firstReview;
    private Integer responseDays;
    private Long version;

    static ReviewSettingsForm of(ReviewSettings.Settings s) {
        ReviewSettingsForm f = new ReviewSettingsForm();
        f.firstReview = s.firstReview();
        f.responseDays = s.responseDays();
        f.version = s.version();
        return f;
    }

    public Boolean getFirstReview() { return firstReview; }
    public void setFirstReview(Boolean firstReview) { this.firstReview = firstReview; }
    public Integer getResponseDays() { return responseDays; }
    public void setResponseDays(Integer responseDays) { this.responseDays = responseDays; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
