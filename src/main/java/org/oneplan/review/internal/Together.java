package org.oneplan.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.oneplan.review.ReviewRecord;

/**
 * For Working Together for Change: the person's top two things working and not working, what they want for the
 * future, and their answer on using these, anonymised, to improve services.
 */
@Embeddable
class Together {

    static final int MAX = 500;

    @Column(name = "wtfc_working_1")
    private String working1;
    @Column(name = "wtfc_working_2")
    private String working2;
    @Column(name = "wtfc_not_working_1")
    private String notWorking1;
    @Column(name = "wtfc_not_working_2")
    private String notWorking2;
    @Column(name = "wtfc_future")
    private String future;
    @Column(name = "wtfc_consent")
    private Boolean consent;

    protected Together() {
    }

    static Together of(ReviewRecord.WorkingTogether w) {
        Together made = new Together();
        made.working1 = Texts.optional(w.working1(), MAX, "working1");
        made.working2 = Texts.optional(w.working2(), MAX, "working2");
        made.notWorking1 = Texts.optional(w.notWorking1(), MAX, "notWorking1");
        made.notWorking2 = Texts.optional(w.notWorking2(), MAX, "notWorking2");
        made.future = Texts.optional(w.future(), MAX, "future");
        Texts.require(w.consent() != null, "consent", "review.together.error.consent");
        ReviewRecord.WorkingTogether said = made.view();
        Texts.require(!said.working().isEmpty() || !said.notWorking().isEmpty() || !said.futures().isEmpty(),
                "working1", "review.together.error.nothing");
        made.consent = w.consent();
        return made;
    }

    ReviewRecord.WorkingTogether view() {
        return new ReviewRecord.WorkingTogether(working1, working2, notWorking1, notWorking2, future, consent);
    }
}
