package org.oneplan.planning.internal;

import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.planning.ControlView;
import org.oneplan.planning.Whose;

/**
 * Who the plan is shared with and what they may see, in someone's words; one per plan. It also keeps
 * whether risks were talked about and none needed writing down.
 */
@Entity
class PlanSharing extends Written {

    private String text;
    private boolean noRisksDiscussed;

    protected PlanSharing() {
    }

    PlanSharing(UUID planId) {
        super(planId);
    }

    @Override
    String slug() {
        return "sharing";
    }

    void write(String text, Whose whose, String whoseName, boolean noRisksDiscussed, Long expectedVersion,
               String by, Instant now) {
        String clean = text("text", text);
        sign(whose, whoseName, expectedVersion, by, now);
        this.text = clean;
        this.noRisksDiscussed = noRisksDiscussed;
    }

    ControlView.Sharing view() {
        return new ControlView.Sharing(words(text), noRisksDiscussed);
    }
}
