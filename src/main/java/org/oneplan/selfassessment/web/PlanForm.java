package org.oneplan.selfassessment.web;

import org.oneplan.selfassessment.internal.ActionPlan;
import org.oneplan.web.DateParts;
import org.springframework.validation.Errors;

/** An action plan's questions, as typed. */
public class PlanForm {

    private String why;
    private String who;
    private DateParts byWhen = new DateParts();
    private String whoElse;
    private String supportInside;
    private String supportOutside;
    private String success;
    private long version;

    static PlanForm of(ActionPlan plan) {
        ActionPlan.Details d = plan.details();
        PlanForm f = new PlanForm();
        f.why = d.why();
        f.who = d.who();
        f.byWhen = DateParts.of(d.byWhen());
        f.whoElse = d.whoElse();
        f.supportInside = d.supportInside();
        f.supportOutside = d.supportOutside();
        f.success = d.success();
        f.version = plan.version();
        return f;
    }

    /** Length limits next to each field, and a by-when date that is either empty or a real date. */
    void check(Errors errors) {
        String[][] texts = {{"why", why}, {"whoElse", whoElse}, {"supportInside", supportInside},
                {"supportOutside", supportOutside}, {"success", success}};
        for (String[] t : texts) {
            if (t[1] != null && t[1].length() > ActionPlan.MAX_TEXT) {
                errors.rejectValue(t[0], "selfassessment.error.text.tooLong");
            }
        }
        if (who != null && who.length() > ActionPlan.MAX_WHO) {
            errors.rejectValue("who", "selfassessment.error.plan.whoTooLong");
        }
        if (!byWhen.isBlank() && byWhen.toLocalDate().isEmpty()) {
            errors.rejectValue("byWhen", "selfassessment.error.plan.byWhen");
        }
    }

    ActionPlan.Details toDetails() {
        return new ActionPlan.Details(why, who, byWhen.toLocalDate().orElse(null), whoElse, supportInside,
                supportOutside, success);
    }

    public String getWhy() { return why; }
    public void setWhy(String why) { this.why = why; }
    public String getWho() { return who; }
    public void setWho(String who) { this.who = who; }
    public DateParts getByWhen() { return byWhen; }
    public void setByWhen(DateParts byWhen) { this.byWhen = byWhen; }
    public String getWhoElse() { return whoElse; }
    public void setWhoElse(String whoElse) { this.whoElse = whoElse; }
    public String getSupportInside() { return supportInside; }
    public void setSupportInside(String supportInside) { this.supportInside = supportInside; }
    public String getSupportOutside() { return supportOutside; }
    public void setSupportOutside(String supportOutside) { this.supportOutside = supportOutside; }
    public String getSuccess() { return success; }
    public void setSuccess(String success) { this.success = success; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
