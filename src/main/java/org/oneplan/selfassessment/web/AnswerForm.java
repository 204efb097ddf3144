package org.oneplan.selfassessment.web;

import org.oneplan.selfassessment.internal.Answer;

/** One item's answer as typed; {@code version} is the answer's version when the page was opened. */
public class AnswerForm {

    private Integer level;
    private String note;
    private String evidence;
    private boolean cumulativeConfirmed;
    private Long version;

    static AnswerForm of(Answer a) {
        AnswerForm f = new AnswerForm();
        f.level = a.level();
        f.note = a.note();
        f.evidence = a.evidence();
        f.cumulativeConfirmed = a.cumulativeConfirmed();
        f.version = a.version();
        return f;
    }

    public Integer getLevel() { return level; }
    public void setLevel(Integer level) { this.level = level; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String evidence) { this.evidence = evidence; }
    public boolean isCumulativeConfirmed() { return cumulativeConfirmed; }
    public void setCumulativeConfirmed(boolean cumulativeConfirmed) { this.cumulativeConfirmed = cumulativeConfirmed; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
