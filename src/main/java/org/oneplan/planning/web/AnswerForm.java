package org.oneplan.planning.web;

import org.oneplan.planning.Whose;
import org.oneplan.planning.Words;

/** One answer as typed: the words, whose they are, and the version of the answer the writer saw. */
public class AnswerForm {

    private String text;
    private Whose whose;
    private String whoseName;
    private Long version;

    static AnswerForm of(Words words) {
        AnswerForm f = new AnswerForm();
        f.text = words.text();
        f.whose = words.whose();
        f.whoseName = words.whoseName();
        f.version = words.version();
        return f;
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Whose getWhose() { return whose; }
    public void setWhose(Whose whose) { this.whose = whose; }
    public String getWhoseName() { return whoseName; }
    public void setWhoseName(String whoseName) { this.whoseName = whoseName; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
