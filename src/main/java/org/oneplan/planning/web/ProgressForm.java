package org.oneplan.planning.web;

import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.ProgressChange;
import org.oneplan.planning.ProgressView;

/** Progress as typed: the status now (as it stands unless changed), why when no longer needed, and a note. */
public class ProgressForm {

    private ActionStatus status;
    private String reason;
    private String note;
    private long version;

    static ProgressForm of(ProgressView p) {
        ProgressForm f = new ProgressForm();
        f.status = p.status();
        f.reason = p.reason();
        f.version = p.version();
        return f;
    }

    ProgressChange toChange() {
        return new ProgressChange(status, reason, note);
    }

    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
