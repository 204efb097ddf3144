package org.oneplan.planning.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.oneplan.planning.CheckIn;
import org.oneplan.planning.ReviewArrangements;
import org.oneplan.planning.ReviewDraft;
import org.oneplan.web.DateParts;

/** Review arrangements as typed; {@code version} is null until some are saved. */
public class ReviewForm {

    private List<CheckIn> checkIns = new ArrayList<>();
    private String checkInDetail;
    private String whereAndHowOften;
    private DateParts nextReview = new DateParts();
    private Long version;

    static ReviewForm of(ReviewArrangements r) {
        ReviewForm f = new ReviewForm();
        f.checkIns = new ArrayList<>(r.checkIns());
        f.checkInDetail = r.checkInDetail();
        f.whereAndHowOften = r.whereAndHowOften();
        f.nextReview = DateParts.of(r.nextReview());
        f.version = r.version();
        return f;
    }

    ReviewDraft toDraft() {
        return new ReviewDraft(checkIns.isEmpty() ? EnumSet.noneOf(CheckIn.class) : EnumSet.copyOf(checkIns),
                checkInDetail, whereAndHowOften, nextReview.toLocalDate().orElse(null));
    }

    boolean dateTypedButNotReal() {
        return !nextReview.isBlank() && nextReview.toLocalDate().isEmpty();
    }

    public List<CheckIn> getCheckIns() { return checkIns; }
    public void setCheckIns(List<CheckIn> checkIns) { this.checkIns = checkIns == null ? new ArrayList<>() : checkIns; }
    public String getCheckInDetail() { return checkInDetail; }
    public void setCheckInDetail(String checkInDetail) { this.checkInDetail = checkInDetail; }
    public String getWhereAndHowOften() { return whereAndHowOften; }
    public void setWhereAndHowOften(String whereAndHowOften) { this.whereAndHowOften = whereAndHowOften; }
    public DateParts getNextReview() { return nextReview; }
    public void setNextReview(DateParts nextReview) { this.nextReview = nextReview; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
