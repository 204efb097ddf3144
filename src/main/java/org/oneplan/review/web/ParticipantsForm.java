package org.oneplan.review.web;

import org.oneplan.review.ReviewRecord;

/** Who took part, as typed. */
public class ParticipantsForm extends RecordForm {

    private Boolean personTookPart;
    private Boolean personChoseWho;
    private String names;
    private String advocate;

    static ParticipantsForm of(ReviewRecord r) {
        ParticipantsForm f = new ParticipantsForm();
        ReviewRecord.Participants p = r.participants();
        if (p != null) {
            f.personTookPart = p.personTookPart();
            f.personChoseWho = p.personChoseWho();
            f.names = p.names();
            f.advocate = p.advocate();
        }
        f.setVersion(r.version());
        return f;
    }

    ReviewRecord.Participants toParticipants() {
        return new ReviewRecord.Participants(personTookPart, personChoseWho, names, advocate);
    }

    public Boolean getPersonTookPart() { return personTookPart; }
    public void setPersonTookPart(Boolean personTookPart) { this.personTookPart = personTookPart; }
    public Boolean getPersonChoseWho() { return personChoseWho; }
    public void setPersonChoseWho(Boolean personChoseWho) { this.personChoseWho = personChoseWho; }
    public String getNames() { return names; }
    public void setNames(String names) { this.names = names; }
    public String getAdvocate() { return advocate; }
    public void setAdvocate(String advocate) { this.advocate = advocate; }
}
