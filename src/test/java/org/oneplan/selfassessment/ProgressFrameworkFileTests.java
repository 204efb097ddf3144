package org.oneplan.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oneplan.selfassessment.internal.FrameworkFiles;

/**
 * The shipped Progress in Personalised Care and Support Planning file holds the published instrument
 * (seed 004): its structure, the two corrected numbering slips and sample wording, word for word.
 */
class ProgressFrameworkFileTests {

    static Framework progress;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ProgressFrameworkFileTests.class.getResourceAsStream("/frameworks/progress-pcsp.yaml")) {
            FrameworkFiles.Result result = FrameworkFiles.read(in.readAllBytes());
            assertThat(result.problems()).isEmpty();
            progress = result.framework();
        }
    }

    @Test
    void isTheProgressFrameworkWithItsAttribution() {
        assertThat(progress.key()).isEqualTo("progress-pcsp");
        assertThat(progress.version()).isEqualTo(1);
        assertThat(progress.title()).isEqualTo("Progress in Personalised Care and Support Planning");
        assertThat(progress.attribution()).isEqualTo(new Attribution("Helen Sanderson Associates", 2016,
                "978-1-910402-21-4", progress.attribution().credit()));
        assertThat(progress.guidance()).startsWith("There are three sections to this Progress for Providers self-assessment:")
                .contains("The fifth box is cumulative; to score a 5, you should be delivering the good practice "
                        + "described in statements 3, 4 and 5.");
    }

    @Test
    void hasTheThreeSectionsWithTheirTitlesAndStages() {
        assertThat(progress.sections()).extracting(FrameworkSection::number, FrameworkSection::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Personalised Care and Support Planning Process"),
                org.assertj.core.groups.Tuple.tuple(2, "Developing and enabling teams to deliver personalised care and support planning"),
                org.assertj.core.groups.Tuple.tuple(3, "What needs to be in place to enable effective personalised care and support planning?"));
        assertThat(progress.sections().get(0).stages()).extracting(Stage::title).containsExactly(
                "Preparation", "The conversation", "Recording", "Making it happen", "Person-centred review");
        assertThat(progress.sections().get(1).stages()).extracting(Stage::title).containsExactly(
                "Preparation", "The conversation", "Recording", "Making it Happen", "Review");
        assertThat(progress.sections().get(2).stages()).isEmpty();
        assertThat(progress.sections()).flatExtracting(FrameworkSection::stages).allSatisfy(
                stage -> assertThat(stage.introduction()).isNotBlank());
    }

    @Test
    void hasFortyItemsWithTheirCodesInOrder() {
        assertThat(progress.items().map(FrameworkItem::code)).containsExactly(
                "S1-1a", "S1-1b", "S1-1c", "S1-2a", "S1-2b", "S1-2c", "S1-3a", "S1-3b",
                "S1-4a", "S1-4b", "S1-4c", "S1-4d", "S1-5a", "S1-5b", "S1-5c", "S1-5d", "S1-5e",
                "S2-1a", "S2-1b", "S2-1c", "S2-2a", "S2-2b", "S2-2c", "S2-3a", "S2-3b",
                "S2-4a", "S2-4b", "S2-4c", "S2-5a", "S2-5b", "S2-5c",
                "S3-1", "S3-2", "S3-3", "S3-4", "S3-5", "S3-6", "S3-7", "S3-8", "S3-9");
        assertThat(progress.sections()).extracting(s -> s.items().size()).containsExactly(17, 14, 9);
        for (FrameworkSection section : progress.sections()) {
            assertThat(section.items()).allSatisfy(item -> {
                String prefix = "S" + section.number() + "-" + (item.stage() == null ? "" : item.stage());
                assertThat(item.code()).startsWith(prefix);
                assertThat(item.title()).isNotBlank();
            });
        }
        assertThat(progress.sections().get(2).items()).extracting(FrameworkItem::stage).containsOnlyNulls();
    }

    @Test
    void everyItemHasFiveStatementsAtLevelsOneToFive() {
        assertThat(progress.items()).allSatisfy(item -> {
            assertThat(item.statements()).extracting(Statement::level).as(item.code()).containsExactly(1, 2, 3, 4, 5);
            assertThat(item.statements()).extracting(Statement::text).as(item.code()).allSatisfy(text ->
                    assertThat(text).isNotBlank().doesNotContain("|", "<p>", "\t", "Tick one box", "  "));
        });
        assertThat(progress.items().mapToLong(i -> i.statements().size()).sum()).isEqualTo(200);
    }

    @Test
    void theTwoNumberingSlipsAreCorrectedToStatementFive() {
        for (String code : List.of("S1-4a", "S1-5a")) {
            FrameworkItem item = progress.item(code).orElseThrow();
            assertThat(item.statements()).extracting(Statement::level).as(code).containsExactly(1, 2, 3, 4, 5);
        }
        assertThat(progress.item("S1-4a").orElseThrow().statement(4).orElseThrow().text())
                .startsWith("We talk to the person about improving their self-care");
    }

    @ParameterizedTest(name = "{0} statement {1}")
    @MethodSource("wordingFromTheSeed")
    void statementIsWordForWordAsPublished(String code, int level, String published) {
        assertThat(progress.item(code).orElseThrow().statement(level).orElseThrow().text()).isEqualTo(published);
    }

    static Stream<Arguments> wordingFromTheSeed() {
        return ProgressWording.SAMPLES.stream();
    }

    @Test
    void itemTitlesAndIntroductionsAreAsPublished() {
        assertThat(progress.item("S1-5b").orElseThrow().title())
                .isEqualTo("Person-centred reviews – starting with what is working and not working");
        assertThat(progress.item("S2-2a").orElseThrow().title())
                .isEqualTo("Starting with what matters to the person and their priorities");
        assertThat(progress.item("S3-7").orElseThrow().introduction()).isEqualTo("Multi-disciplinary teams are the way "
                + "through which personalised care and support planning will be delivered. However, these "
                + "multi-disciplinary will include colleagues from health, social care, and the community and voluntary sector.");
    }
}
