package org.oneplan.budget.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.oneplan.budget.SignOffStatus.Kind;

/**
 * One row of the sign-off dashboard, for a team or for all the manager's teams, from the sign-off history: plans
 * waiting now by working days (0 to 5, 6 to 10, over 10); working days from first submission to sign-off this
 * month and over the last 12 months (median, 90th percentile, how many, how many within the target); and over the
 * last 12 months how many plans were sent, how many of them were returned, and returns per plan sent.
 */
public record SignOffFigures(String team, int upTo5, int upTo10, int over10, Double monthMedian, Integer monthP90,
                             int monthCount, Double yearMedian, Integer yearP90, int yearCount, int withinTarget,
                             int sent, int returnedPlans, int returns, Double returnsPerPlan) {

    /**
     * {@code history} holds the steps of the last 12 months, {@code waitingDays} the working days each plan now with
     * the authoriser has waited.
     */
    static SignOffFigures of(String team, List<SignOffRepository.HistoryRow> history, List<Integer> waitingDays,
                             LocalDate today, int target, SignOffAges ages) {
        List<SignOffRepository.HistoryRow> signed = history.stream().filter(h -> h.getKind() == Kind.SIGNED_OFF).toList();
        List<Integer> year = signed.stream().map(h -> ages.between(h.getFirstSubmittedAt(), h.getTakenAt())).toList();
        List<Integer> month = signed.stream()
                .filter(h -> YearMonth.from(SignOffAges.date(h.getTakenAt())).equals(YearMonth.from(today)))
                .map(h -> ages.between(h.getFirstSubmittedAt(), h.getTakenAt())).toList();
        Set<Object> sent = history.stream().filter(h -> h.getKind() == Kind.SUBMITTED)
                .map(SignOffRepository.HistoryRow::getSignOffId).collect(Collectors.toSet());
        List<SignOffRepository.HistoryRow> returned = history.stream().filter(h -> h.getKind() == Kind.RETURNED).toList();
        int returnedPlans = (int) returned.stream().map(SignOffRepository.HistoryRow::getSignOffId).distinct().count();
        return new SignOffFigures(team, count(waitingDays, SignOffAges.Band.UP_TO_5),
                count(waitingDays, SignOffAges.Band.UP_TO_10), count(waitingDays, SignOffAges.Band.OVER_10),
                SignOffStatistics.median(month), SignOffStatistics.percentile(month, 90), month.size(),
                SignOffStatistics.median(year), SignOffStatistics.percentile(year, 90), year.size(),
                (int) year.stream().filter(d -> d <= target).count(), sent.size(), returnedPlans, returned.size(),
                sent.isEmpty() ? null : Math.round(10.0 * returned.size() / sent.size()) / 10.0);
    }

    private static int count(List<Integer> days, SignOffAges.Band band) {
        return (int) days.stream().filter(d -> SignOffAges.band(d) == band).count();
    }
}
