package org.oneplan.planning.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.OutcomeView;
import org.oneplan.planning.Whose;
import org.oneplan.web.DateParts;

/** An outcome as typed. */
public class OutcomeForm {

    private String text;
    private Whose whose = Whose.PERSON;
    private String whoseName;
    private String matters;
    private String howWeKnow;
    private DateParts targetDate = new DateParts();
    private List<String> needCodes = new ArrayList<>();
    private long version;

    static OutcomeForm of(OutcomeView o) {
        OutcomeForm f = new OutcomeForm();
        f.text = o.words().text();
        f.whose = o.words().whose();
        f.whoseName = o.words().whoseName();
        f.matters = o.matters();
        f.howWeKnow = o.howWeKnow();
        f.targetDate = DateParts.of(o.targetDate());
        f.needCodes = new ArrayList<>(o.needCodes());
        f.version = o.words().version();
        return f;
    }

    OutcomeDraft toDraft() {
        return new OutcomeDraft(text, whose, whoseName, matters, howWeKnow, targetDate.toLocalDate().orElse(null),
                new HashSet<>(needCodes));
    }

    boolean dateTypedButNotReal() {
        return !targetDate.isBlank() && targetDate.toLocalDate().isEmpty();
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Whose getWhose() { return whose; }
    public void setWhose(Whose whose) { this.whose = whose; }
    public String getWhoseName() { return whoseName; }
    public void setWhoseName(String whoseName) { this.whoseName = whoseName; }
    public String getMatters() { return matters; }
    public void setMatters(String matters) { this.matters = matters; }
    public String getHowWeKnow() { return howWeKnow; }
    public void setHowWeKnow(String howWeKnow) { this.howWeKnow = howWeKnow; }
    public DateParts getTargetDate() { return targetDate; }
    public void setTargetDate(DateParts targetDate) { this.targetDate = targetDate; }
    public List<String> getNeedCodes() { return needCodes; }
    public void setNeedCodes(List<String> needCodes) { this.needCodes = needCodes; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
