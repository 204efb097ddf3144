package org.oneplan.review.web;

import org.oneplan.review.Perspective;
import org.oneplan.review.ReviewRecords;

/** Something working or not working, from whose perspective, in whose words. */
public class StatementForm extends RecordForm {

    private Boolean working;
    private Perspective perspective;
    private String whoseName;
    private String text;

    ReviewRecords.StatementDraft toDraft() {
        return new ReviewRecords.StatementDraft(working, perspective, whoseName, text);
    }

    public Boolean getWorking() { return working; }
    public void setWorking(Boolean working) { this.working = working; }
    public Perspective getPerspective() { return perspective; }
    public void setPerspective(Perspective perspective) { this.perspective = perspective; }
    public String getWhoseName() { return whoseName; }
    public void setWhoseName(String whoseName) { this.whoseName = whoseName; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
