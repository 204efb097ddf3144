package org.oneplan.review.web;

import java.util.UUID;
import org.oneplan.review.ReviewType;
import org.oneplan.review.Reviews;
import org.oneplan.web.DateParts;
import org.springframework.validation.BindingResult;

/** A review to schedule or start: its type, its day, what happened (unplanned) and the request it answers. */
public class OpenForm {

    private ReviewType type;
    private DateParts on = new DateParts();
    private String whatHappened;
    private UUID requestId;

    Reviews.Opening toOpening(BindingResult result) {
        return new Reviews.Opening(type, RecordForm.date(on, result, "on"), whatHappened, requestId);
    }

    public ReviewType getType() { return type; }
    public void setType(ReviewType type) { this.type = type; }
    public DateParts getOn() { return on; }
    public void setOn(DateParts on) { this.on = on; }
    public String getWhatHappened() { return whatHappened; }
    public void setWhatHappened(String whatHappened) { this.whatHappened = whatHappened; }
    public UUID getRequestId() { return requestId; }
    public void setRequestId(UUID requestId) { this.requestId = requestId; }
}
