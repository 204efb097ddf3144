package org.oneplan.review.web;

import org.oneplan.review.ReviewRecord;

/** The person's top two working and not working, what they want for the future, and their consent, as typed. */
public class TogetherForm extends RecordForm {

    private String working1;
    private String working2;
    private String notWorking1;
    private String notWorking2;
    private String future;
    private Boolean consent;

    static TogetherForm of(ReviewRecord r) {
        TogetherForm f = new TogetherForm();
        ReviewRecord.WorkingTogether w = r.workingTogether();
        f.working1 = w.working1();
        f.working2 = w.working2();
        f.notWorking1 = w.notWorking1();
        f.notWorking2 = w.notWorking2();
        f.future = w.future();
        f.consent = w.consent();
        f.setVersion(r.version());
        return f;
    }

    ReviewRecord.WorkingTogether toAnswers() {
        return new ReviewRecord.WorkingTogether(working1, working2, notWorking1, notWorking2, future, consent);
    }

    public String getWorking1() { return working1; }
    public void setWorking1(String working1) { this.working1 = working1; }
    public String getWorking2() { return working2; }
    public void setWorking2(String working2) { this.working2 = working2; }
    public String getNotWorking1() { return notWorking1; }
    public void setNotWorking1(String notWorking1) { this.notWorking1 = notWorking1; }
    public String getNotWorking2() { return notWorking2; }
    public void setNotWorking2(String notWorking2) { this.notWorking2 = notWorking2; }
    public String getFuture() { return future; }
    public void setFuture(String future) { this.future = future; }
    public Boolean getConsent() { return consent; }
    public void setConsent(Boolean consent) { this.consent = consent; }
}
