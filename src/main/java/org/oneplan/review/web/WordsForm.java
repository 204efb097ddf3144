package org.oneplan.review.web;

import org.oneplan.planning.Whose;
import org.oneplan.planning.Words;
import org.oneplan.review.ReviewRecords;

/** Words in the review record and whose they are: an answer to one part, or a new outcome. */
public class WordsForm extends RecordForm {

    private String text;
    private Whose whose;
    private String whoseName;

    static WordsForm of(Words words, long version) {
        WordsForm f = new WordsForm();
        if (words != null) {
            f.text = words.text();
            f.whose = words.whose();
            f.whoseName = words.whoseName();
        }
        f.setVersion(version);
        return f;
    }

    ReviewRecords.Answer toAnswer() {
        return new ReviewRecords.Answer(text, whose, whoseName);
    }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Whose getWhose() { return whose; }
    public void setWhose(Whose whose) { this.whose = whose; }
    public String getWhoseName() { return whoseName; }
    public void setWhoseName(String whoseName) { this.whoseName = whoseName; }
}
