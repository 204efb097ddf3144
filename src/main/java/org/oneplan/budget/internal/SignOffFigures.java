package org.oneplan.budget.internal;

import java.time.Instant;
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

    /** Plans waiting now by band; over the last 12 months plans sent, how many of them were returned, and returns. */
    record Counts(int upTo5, int upTo10, int over10, int sent, int returnedPlans, int returns) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        Counts withReturns(int sent, int returnedPlans, int returns) {
            return new Counts(upTo5, upTo10, over10, sent, returnedPlans, returns);
        }
    }

    /** A sign-off of the last 12 months: working days from the plan's first submission, and whether this month. */
    record Signed(int workingDays, boolean thisMonth) {

        static Signed of(Instant firstSubmittedAt, Instant signedOffAt, LocalDate today, SignOffAges ages) {
            return new Signed(ages.between(firstSubmittedAt, signedOffAt),
                    YearMonth.from(SignOffAges.date(signedOffAt)).equals(YearMonth.from(today)));
        }
    }

    /**
     * The same figures from steps already in memory: {@code history} holds the steps of the last 12 months,
     * {@code waitingDays} the working days each plan now with the authoriser has waited.
     */
    static SignOffFigures of(String team, List<SignOffRepository.HistoryRow> history, List<Integer> waitingDays,
                             LocalDate today, int target, SignOffAges ages) {
        Set<Object> sent = history.stream().filter(h -> h.getKind() == Kind.SUBMITTED)
                .map(SignOffRepository.HistoryRow::getSignOffId).collect(Collectors.toSet());
        List<SignOffRepository.HistoryRow> returned = history.stream().filter(h -> h.getKind() == Kind.RETURNED).toList();
        int returnedPlans = (int) returned.stream().map(SignOffRepository.HistoryRow::getSignOffId).distinct().count();
        Counts counts = new Counts(count(waitingDays, SignOffAges.Band.UP_TO_5),
                count(waitingDays, SignOffAges.Band.UP_TO_10), count(waitingDays, SignOffAges.Band.OVER_10),
                sent.size(), returnedPlans, returned.size());
        List<Signed> signed = history.stream().filter(h -> h.getKind() == Kind.SIGNED_OFF)
                .map(h -> Signed.of(h.getFirstSubmittedAt(), h.getTakenAt(), today, ages)).toList();
        return of(team, counts, signed, target);
    }

    /** From the counts and the sign-offs of the last 12 months, as the dashboard reads them from the database. */
    static SignOffFigures of(String team, Counts counts, List<Signed> signed, int target) {
        List<Integer> year = signed.stream().map(Signed::workingDays).toList();
        List<Integer> month = signed.stream().filter(Signed::thisMonth).map(Signed::workingDays).toList();
        return new SignOffFigures(team, counts.upTo5(), counts.upTo10(), counts.over10(),
                SignOffStatistics.median(month), SignOffStatistics.percentile(month, 90), month.size(),
                SignOffStatistics.median(year), SignOffStatistics.percentile(year, 90), year.size(),
                (int) year.stream().filter(d -> d <= target).count(), counts.sent(), counts.returnedPlans(),
                counts.returns(),
                counts.sent() == 0 ? null : Math.round(10.0 * counts.returns() / counts.sent()) / 10.0);
    }

    private static int count(List<Integer> days, SignOffAges.Band band) {
        return (int) days.stream().filter(d -> SignOffAges.band(d) == band).count();
    }
}
