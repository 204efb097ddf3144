package org.oneplan.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.planning.OutcomeView;
import org.oneplan.review.Perspective;
import org.oneplan.review.ReviewRecord;
import org.oneplan.review.ReviewRecord.Gap;

/**
 * What a review in progress still needs before it can be completed: who took part; the person's own part (what is
 * working and not working from their perspective); progress on every outcome of the plan; the decisions and the next
 * review date; and the person's answer for Working Together for Change.
 */
final class CompletionCheck {

    private CompletionCheck() {
    }

    static List<Gap> gaps(ReviewContent review, List<OutcomeView> planOutcomes) {
        List<Gap> gaps = new ArrayList<>();
        if (review.participation() == null) {
            gaps.add(new Gap("review.gap.participants", "participants"));
        }
        if (review.statements().stream().noneMatch(s -> s.perspective() == Perspective.PERSON)) {
            gaps.add(new Gap("review.gap.personsPart", "statements"));
        }
        Set<UUID> reviewed = review.outcomes().stream().map(ReviewRecord.OutcomeReview::outcomeId)
                .collect(Collectors.toSet());
        if (planOutcomes.stream().anyMatch(o -> !reviewed.contains(o.id()))) {
            gaps.add(new Gap("review.gap.outcomes", "outcomes"));
        }
        if (review.decisions().nextReview() == null) {
            gaps.add(new Gap("review.gap.decisions", "decisions"));
        }
        if (review.workingTogether().consent() == null) {
            gaps.add(new Gap("review.gap.workingTogether", "working-together"));
        }
        return gaps;
    }
}
