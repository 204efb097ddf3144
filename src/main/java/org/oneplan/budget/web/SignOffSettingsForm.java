package org.oneplan.budget.web;

import org.oneplan.budget.internal.SignOffSettings;

/**
 * An organisation's sign-off settings as typed: the target in working days, the yearly budget above which two
 * authorisers sign off (blank: always one), and the criteria, one a line; with the version the writer saw.
 */
public class SignOffSettingsForm {

    private String targetDays;
    private String twoAuthorisersOver;
    private String criteria;
    private Long version;

    static SignOffSettingsForm of(SignOffSettings.Settings s) {
        SignOffSettingsForm f = new SignOffSettingsForm();
        f.targetDays = Integer.toString(s.targetDays());
        f.twoAuthorisersOver = s.twoAuthorisersOver() == null ? null : s.twoAuthorisersOver().toPlainString();
        f.criteria = String.join("\n", s.criteria());
        f.version = s.version();
        return f;
    }

    public String getTargetDays() { return targetDays; }
    public void setTargetDays(String targetDays) { this.targetDays = targetDays; }
    public String getTwoAuthorisersOver() { return twoAuthorisersOver; }
    public void setTwoAuthorisersOver(String twoAuthorisersOver) { this.twoAuthorisersOver = twoAuthorisersOver; }
    public String getCriteria() { return criteria; }
    public void setCriteria(String criteria) { this.criteria = criteria; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
