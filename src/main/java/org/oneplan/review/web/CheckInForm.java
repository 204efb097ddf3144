package org.oneplan.review.web;

import org.oneplan.planning.CheckIn;
import org.oneplan.review.Reviews;
import org.oneplan.web.DateParts;
import org.springframework.validation.BindingResult;

/** An informal check-in as typed: when, how, what was said and anything to act on. */
public class CheckInForm {

    private DateParts on = new DateParts();
    private CheckIn how;
    private String whatWasSaid;
    private String toActOn;

    Reviews.CheckInDraft toDraft(BindingResult result) {
        return new Reviews.CheckInDraft(RecordForm.date(on, result, "on"), how, whatWasSaid, toActOn);
    }

    public DateParts getOn() { return on; }
    public void setOn(DateParts on) { this.on = on; }
    public CheckIn getHow() { return how; }
    public void setHow(CheckIn how) { this.how = how; }
    public String getWhatWasSaid() { return whatWasSaid; }
    public void setWhatWasSaid(String whatWasSaid) { this.whatWasSaid = whatWasSaid; }
    public String getToActOn() { return toActOn; }
    public void setToActOn(String toActOn) { this.toActOn = toActOn; }
}
