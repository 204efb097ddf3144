package org.oneplan.budget.internal;

import java.util.List;

/**
 * The dashboard's arithmetic on how many working days plans took from submission to sign-off: the median (the
 * middle value, or the mean of the two middle values of an even count) and percentiles by the nearest-rank method
 * (the smallest value with at least p% of the values at or below it). Both are null for no values.
 */
final class SignOffStatistics {

    private SignOffStatistics() {
    }

    static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    static Integer percentile(List<Integer> values, int p) {
        if (values.isEmpty()) {
            return null;
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("A percentile is from 1 to 100");
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int rank = (p * sorted.size() + 99) / 100;
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
