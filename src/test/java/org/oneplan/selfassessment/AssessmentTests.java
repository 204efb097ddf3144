package org.oneplan.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneplan.selfassessment.internal.Assessment;
import org.oneplan.selfassessment.internal.FrameworkFiles;
import org.oneplan.web.StaleRecordException;

class AssessmentTests {

    static Framework progress;
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    Assessment assessment;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = AssessmentTests.class.getResourceAsStream("/frameworks/progress-pcsp.yaml")) {
            progress = FrameworkFiles.read(in.readAllBytes()).framework();
        }
    }

    @BeforeEach
    void start() {
        assessment = new Assessment(progress, new Assessment.Scope(UUID.randomUUID(), UUID.randomUUID(), false), "Autumn", LocalDate.of(2026, 11, 1),
                List.of(new Participant("Sam", Capacity.LIVED_EXPERIENCE)), "manager", NOW);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1})
    void rejectsLevelsOutsideOneToFive(int level) {
        assertThatThrownBy(() -> assessment.answer(progress, "S1-1a", level, null, null, false, null, "c", NOW))
                .isInstanceOf(AssessmentRuleException.class).extracting("field").isEqualTo("level");
    }

    @Test
    void rejectsAFiveWithoutConfirmingThatThreeFourAndFiveAreAllInPlace() {
        assertThatThrownBy(() -> assessment.answer(progress, "S1-1a", 5, null, null, false, null, "c", NOW))
                .isInstanceOf(AssessmentRuleException.class).extracting("field").isEqualTo("cumulativeConfirmed");
        assertThat(assessment.answer(progress, "S1-1a", 5, null, null, true, null, "c", NOW).cumulativeConfirmed()).isTrue();
    }

    @Test
    void rejectsUnknownItemsAndOversizedNotes() {
        assertThatThrownBy(() -> assessment.answer(progress, "S9-9z", 3, null, null, false, null, "c", NOW))
                .extracting("field").isEqualTo("itemCode");
        assertThatThrownBy(() -> assessment.answer(progress, "S1-1a", 3, "x".repeat(2001), null, false, null, "c", NOW))
                .extracting("field").isEqualTo("note");
    }

    @Test
    void refusesToOverwriteAnAnswerTheCallerHadNotSeen() {
        assessment.answer(progress, "S1-1a", 2, null, null, false, null, "a", NOW);
        assertThatThrownBy(() -> assessment.answer(progress, "S1-1a", 3, null, null, false, null, "b", NOW))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> assessment.answer(progress, "S1-1a", 3, null, null, false, 7L, "b", NOW))
                .isInstanceOf(StaleRecordException.class);
        assertThat(assessment.levels()).containsEntry("S1-1a", 2);
    }

    @Test
    void submitsOnlyWhenEveryItemIsAnsweredAndIsThenReadOnly() {
        assessment.answer(progress, "S1-1a", 2, null, null, false, null, "a", NOW);
        assertThatThrownBy(() -> assessment.submit(progress, NOW)).extracting("field").isEqualTo("items");
        progress.items().filter(i -> !i.code().equals("S1-1a"))
                .forEach(i -> assessment.answer(progress, i.code(), 3, null, null, false, null, "a", NOW));
        assessment.submit(progress, NOW);
        assertThat(assessment.status()).isEqualTo(Assessment.Status.SUBMITTED);
        assertThatThrownBy(() -> assessment.answer(progress, "S3-1", 4, null, null, false, null, "a", NOW))
                .extracting("field").isEqualTo("status");
    }

    @Test
    void aNewAssessmentCanStartFromACopyOfTheLastOne() {
        assessment.answer(progress, "S2-1a", 4, "We hold monthly reflective sessions", null, false, null, "a", NOW);
        Assessment next = new Assessment(progress, new Assessment.Scope(UUID.randomUUID(), UUID.randomUUID(), false), "Spring", LocalDate.of(2027, 4, 1), List.of(), "m", NOW);
        next.copyAnswersFrom(assessment, "m", NOW);
        assertThat(next.levels()).containsEntry("S2-1a", 4);
        assertThat(next.answerFor("S2-1a").orElseThrow().note()).isEqualTo("We hold monthly reflective sessions");
    }
}
