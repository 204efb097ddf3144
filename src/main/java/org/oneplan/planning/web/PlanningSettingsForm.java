package org.oneplan.planning.web;

import org.oneplan.planning.PlanningSettings;

/** An organisation's planning settings as typed, with the version the writer saw (null for the defaults). */
public class PlanningSettingsForm {

    private Integer maxReviewMonths;
    private Long version;

    static PlanningSettingsForm of(PlanningSettings.Settings s) {
        PlanningSettingsForm f = new PlanningSettingsForm();
        f.maxReviewMonths = s.maxReviewMonths();
        f.version = s.version();
        return f;
    }

    public Integer getMaxReviewMonths() { return maxReviewMonths; }
    public void setMaxReviewMonths(Integer maxReviewMonths) { this.maxReviewMonths = maxReviewMonths; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
