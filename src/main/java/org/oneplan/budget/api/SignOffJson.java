package org.oneplan.budget.api;

import java.time.Instant;
import java.util.List;
import org.oneplan.budget.SignOffStatus;

/**
 * A plan's sign-off as the API shows it: its stage, when it was first and last sent, working days waited, how
 * many authorisers it needs, whether the plan changed since it was sent, and every decision so far.
 */
record SignOffJson(SignOffStatus.Stage status, Instant firstSubmittedAt, Instant submittedAt, int workingDays,
                   int authorisersNeeded, boolean changedSinceSubmission, List<SignOffStatus.Step> decisions) {

    static SignOffJson of(SignOffStatus s) {
        return new SignOffJson(s.stage(), s.firstSubmittedAt(), s.submittedAt(), s.workingDays(),
                s.authorisersNeeded(), s.changedSinceSubmission(), s.steps());
    }
}
