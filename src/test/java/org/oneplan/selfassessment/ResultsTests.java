package org.oneplan.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneplan.selfassessment.internal.FrameworkFiles;

class ResultsTests {

    static Framework progress;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ResultsTests.class.getResourceAsStream("/frameworks/progress-pcsp.yaml")) {
            progress = FrameworkFiles.read(in.readAllBytes()).framework();
        }
    }

    @ParameterizedTest
    @CsvSource({"1, GETTING_STARTED", "2, GETTING_STARTED", "3, MAKING_SOME_PROGRESS", "4, GOOD_PROGRESS",
        "5, EXCELLENT_PROGRESS"})
    void bandsEachLevelAsTheProgressToolsDo(int level, Band band) {
        assertThat(Band.ofLevel(level)).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource({"2.49, GETTING_STARTED", "2.5, MAKING_SOME_PROGRESS", "3.49, MAKING_SOME_PROGRESS",
        "3.5, GOOD_PROGRESS", "4.5, EXCELLENT_PROGRESS", "1.0, GETTING_STARTED"})
    void bandsAMeanByRoundingToTheNearestLevel(double mean, Band band) {
        assertThat(Band.ofMean(mean)).isEqualTo(band);
    }

    @Test
    void rejectsLevelsOutsideOneToFiveAndUnknownItems() {
        assertThatThrownBy(() -> Results.of(progress, Map.of("S1-1a", 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Results.of(progress, Map.of("S1-1a", 6))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Results.of(progress, Map.of("S9-9z", 3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void computesSectionAndStageMeansDistributionsAndBands() {
        Map<String, Integer> levels = new HashMap<>();
        progress.items().forEach(i -> levels.put(i.code(), 3));
        levels.put("S1-1a", 1);
        levels.put("S1-1b", 2);
        levels.put("S1-1c", 5);
        Results results = Results.of(progress, levels);

        assertThat(results.answeredCount()).isEqualTo(40);
        GroupResult stage1 = results.stages().get(0);
        assertThat(stage1.sectionNumber()).isEqualTo(1);
        assertThat(stage1.items()).extracting(i -> i.item().code()).containsExactly("S1-1a", "S1-1b", "S1-1c");
        assertThat(stage1.mean()).hasValueSatisfying(m -> assertThat(m).isCloseTo(8.0 / 3, org.assertj.core.data.Offset.offset(1e-9)));
        assertThat(stage1.band()).contains(Band.MAKING_SOME_PROGRESS);
        assertThat(stage1.distribution()).containsExactly(1, 1, 0, 0, 1);
        assertThat(results.sections()).hasSize(3);
        assertThat(results.sections().get(2).band()).contains(Band.MAKING_SOME_PROGRESS);
        assertThat(results.stages()).as("stages only in sections 1 and 2").allMatch(s -> s.sectionNumber() < 3);
    }

    @Test
    void leavesUnansweredItemsOutOfTheMean() {
        Results results = Results.of(progress, Map.of("S3-1", 4));
        GroupResult section3 = results.sections().get(2);
        assertThat(section3.answeredCount()).isEqualTo(1);
        assertThat(section3.mean()).contains(4.0);
        assertThat(results.sections().get(0).mean()).isEmpty();
        assertThat(results.sections().get(0).band()).isEmpty();
    }

    @Test
    void theNextStatementIsOneLevelUpAndThereIsNoneAtFive() {
        Results results = Results.of(progress, Map.of("S1-2a", 2, "S1-2b", 5));
        ItemResult two = results.items().stream().filter(i -> i.item().code().equals("S1-2a")).findFirst().orElseThrow();
        assertThat(two.nextStatement()).contains(two.item().statements().get(2));
        ItemResult five = results.items().stream().filter(i -> i.item().code().equals("S1-2b")).findFirst().orElseThrow();
        assertThat(five.nextStatement()).isEmpty();
        assertThat(five.band()).contains(Band.EXCELLENT_PROGRESS);
    }

    @Test
    void listsTheBiggestOpportunitiesFirstLowestLevelFirst() {
        Results results = Results.of(progress, Map.of("S3-9", 1, "S2-1a", 2, "S1-1a", 4));
        assertThat(results.biggestOpportunitiesFirst()).extracting(i -> i.item().code())
                .startsWith("S3-9", "S2-1a", "S1-1a");
    }
}
