package org.oneplan.review.web;

import org.oneplan.planning.Whose;
import org.oneplan.review.Progress;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecords;

/** Progress on one outcome of the plan, as typed. */
public class OutcomeProgressForm extends RecordForm {

    private Progress progress;
    private Integer rating;
    private String notes;
    private String newWording;
    private Whose wordingWhose;
    private String wordingWhoseName;
    private String options;
    private Boolean prioritised;

    static OutcomeProgressForm of(ReviewRecord.OutcomeReview o, long version) {
        OutcomeProgressForm f = new OutcomeProgressForm();
        if (o != null) {
            f.progress = o.progress();
            f.rating = o.rating();
            f.notes = o.notes();
            f.newWording = o.newWording();
            f.wordingWhose = o.wordingWhose();
            f.wordingWhoseName = o.wordingWhoseName();
            f.options = o.options();
            f.prioritised = o.prioritised();
        }
        f.setVersion(version);
        return f;
    }

    ReviewRecords.OutcomeDraft toDraft() {
        return new ReviewRecords.OutcomeDraft(progress, rating, notes, newWording, wordingWhose, wordingWhoseName,
                options, Boolean.TRUE.equals(prioritised));
    }

    public Progress getProgress() { return progress; }
    public void setProgress(Progress progress) { this.progress = progress; }
    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getNewWording() { return newWording; }
    public void setNewWording(String newWording) { this.newWording = newWording; }
    public Whose getWordingWhose() { return wordingWhose; }
    public void setWordingWhose(Whose wordingWhose) { this.wordingWhose = wordingWhose; }
    public String getWordingWhoseName() { return wordingWhoseName; }
    public void setWordingWhoseName(String wordingWhoseName) { this.wordingWhoseName = wordingWhoseName; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
    public Boolean getPrioritised() { return prioritised; }
    public void setPrioritised(Boolean prioritised) { this.prioritised = prioritised; }
}
