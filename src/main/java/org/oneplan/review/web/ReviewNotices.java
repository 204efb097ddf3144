package org.oneplan.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oneplan.review.ReviewLists;
import org.oneplan.web.HomeNotice;
import org.springframework.stereotype.Component;

/** On team staff's home page: reviews overdue and requests for a review not yet answered, on their teams. */
@Component
class ReviewNotices implements HomeNotice.Source {

    private final ReviewLists lists;
    private final ReviewPageParts parts;

    ReviewNotices(ReviewLists lists, ReviewPageParts parts) {
        this.lists = lists;
        this.parts = parts;
    }

    @Override
    public List<HomeNotice> forCurrentUser() {
        Map<ReviewLists.Kind, Long> counts = lists.myTeamsCounts();
        List<HomeNotice> notices = new ArrayList<>();
        add(notices, counts.getOrDefault(ReviewLists.Kind.OVERDUE, 0L), "review.notice.overdue", "overdue");
        add(notices, counts.getOrDefault(ReviewLists.Kind.REQUESTED, 0L), "review.notice.requested", "requested");
        return notices;
    }

    private void add(List<HomeNotice> notices, long count, String key, String list) {
        if (count > 0) {
            notices.add(new HomeNotice(parts.text(key, count), "/reviews?list=" + list));
        }
    }
}
