package org.oneplan.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dashboard's median and nearest-rank 90th percentile of working days from submission to sign-off. */
class SignOffStatisticsTests {

    @ParameterizedTest(name = "{0}: median {1}, 90th percentile {2}")
    @CsvSource(delimiter = '|', value = {
            "7                              | 7.0  | 7",
            "3 1                            | 2.0  | 3",
            "5 1 3                          | 3.0  | 5",
            "4 1 3 2                        | 2.5  | 4",
            "1 2 3 4 5 6 7 8 9 10           | 5.5  | 9",
            "10 9 8 7 6 5 4 3 2 1 11        | 6.0  | 10",
            "0 0 0 0 0 0 0 0 0 20           | 0.0  | 0",
            "2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 30 | 2.0 | 2",
            "12 3 8 15 4 6 9 11 7 14 5 10 13 | 9.0 | 14"})
    void medianAndNinetiethPercentile(String days, double median, int p90) {
        List<Integer> values = Arrays.stream(days.trim().split(" +")).map(Integer::valueOf).toList();
        assertThat(SignOffStatistics.median(values)).isEqualTo(median);
        assertThat(SignOffStatistics.percentile(values, 90)).isEqualTo(p90);
    }

    @Test
    void noValuesHaveNoMedianNorPercentile() {
        assertThat(SignOffStatistics.median(List.of())).isNull();
        assertThat(SignOffStatistics.percentile(List.of(), 90)).isNull();
    }

    @Test
    void theHundredthPercentileIsTheLargestAndTheFirstTheSmallest() {
        List<Integer> values = List.of(4, 9, 1, 7);
        assertThat(SignOffStatistics.percentile(values, 100)).isEqualTo(9);
        assertThat(SignOffStatistics.percentile(values, 1)).isEqualTo(1);
    }
}
