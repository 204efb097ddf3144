package org.oneplan.review.internal;

import jakarta.persistence.Embeddable;
import org.oneplan.review.ReviewRecord;

/** Who took part in the review, as recorded; null columns until it is. */
@Embeddable
class Participation {

    private Boolean personTookPart;
    private Boolean personChoseWho;
    private String participants;
    private String advocate;

    protected Participation() {
    }

    static Participation of(ReviewRecord.Participants p) {
        Texts.require(p.personTookPart() != null, "personTookPart", "review.participants.error.tookPart");
        Texts.require(p.personChoseWho() != null, "personChoseWho", "review.participants.error.choseWho");
        Participation made = new Participation();
        made.participants = Texts.required(p.names(), Texts.LONG, "names", "review.participants.error.names");
        made.advocate = Texts.optional(p.advocate(), Texts.SHORT, "advocate");
        made.personTookPart = p.personTookPart();
        made.personChoseWho = p.personChoseWho();
        return made;
    }

    /** Null until recorded. */
    ReviewRecord.Participants view() {
        return participants == null ? null
                : new ReviewRecord.Participants(personTookPart, personChoseWho, participants, advocate);
    }
}
