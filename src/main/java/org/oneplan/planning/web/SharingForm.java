package org.oneplan.planning.web;

import org.oneplan.planning.ControlView;

/** Who sees the plan, as typed, and whether risks were talked about and none needed writing down. */
public class SharingForm extends AnswerForm {

    private boolean noRisksDiscussed;

    static SharingForm of(ControlView.Sharing sharing) {
        SharingForm f = new SharingForm();
        f.setText(sharing.words().text());
        f.setWhose(sharing.words().whose());
        f.setWhoseName(sharing.words().whoseName());
        f.setVersion(sharing.words().version());
        f.noRisksDiscussed = sharing.noRisksDiscussed();
        return f;
    }

    public boolean isNoRisksDiscussed() { return noRisksDiscussed; }
    public void setNoRisksDiscussed(boolean noRisksDiscussed) { this.noRisksDiscussed = noRisksDiscussed; }
}
