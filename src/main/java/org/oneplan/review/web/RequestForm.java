package org.oneplan.review.web;

import org.oneplan.review.RequestedBy;
import org.oneplan.review.Reviews;
import org.oneplan.web.DateParts;
import org.springframework.validation.BindingResult;

/** A request for a review as typed: who asked, when and why. */
public class RequestForm {

    private RequestedBy requestedBy;
    private String requesterName;
    private DateParts requestedOn = new DateParts();
    private String why;

    Reviews.RequestDraft toDraft(BindingResult result) {
        return new Reviews.RequestDraft(requestedBy, requesterName, RecordForm.date(requestedOn, result, "requestedOn"),
                why);
    }

    public RequestedBy getRequestedBy() { return requestedBy; }
    public void setRequestedBy(RequestedBy requestedBy) { this.requestedBy = requestedBy; }
    public String getRequesterName() { return requesterName; }
    public void setRequesterName(String requesterName) { this.requesterName = requesterName; }
    public DateParts getRequestedOn() { return requestedOn; }
    public void setRequestedOn(DateParts requestedOn) { this.requestedOn = requestedOn; }
    public String getWhy() { return why; }
    public void setWhy(String why) { this.why = why; }
}
