package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oneplan.planning.EligibilityOutcomes.Outcome;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The shipped eligibility outcomes hold reg. 2 of SI 2015/313 word for word, each with a plain label. */
class EligibilityOutcomesTests {

    private final EligibilityOutcomes outcomes = EligibilityOutcomes.load();

    @Test
    void holdsTheTenSpecifiedOutcomesNumberedOneToTen() {
        assertThat(outcomes.all()).extracting(Outcome::number).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 10).boxed().toList());
        assertThat(outcomes.all()).extracting(Outcome::code).doesNotHaveDuplicates().containsExactly(
                "nutrition", "hygiene", "toilet", "clothed", "home-safely", "habitable-home", "relationships",
                "work-education-volunteering", "community-facilities", "caring-for-child");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 | managing and maintaining nutrition
            5 | being able to make use of the adult's home safely
            9 | making use of necessary facilities or services in the local community including public transport, and recreational facilities or services
            """)
    void keepsTheRegulationsWordsWordForWord(int number, String regulation) {
        assertThat(outcomes.all().get(number - 1).regulation().split(" ")).containsExactly(regulation.split(" "));
    }

    @Test
    void givesEveryOutcomeAPlainLabel() {
        assertThat(outcomes.all()).allSatisfy(outcome -> {
            assertThat(outcome.label()).isNotBlank().hasSizeLessThan(70).isNotEqualToIgnoringCase(outcome.regulation());
            assertThat(Character.isUpperCase(outcome.label().charAt(0))).isTrue();
        });
        assertThat(outcomes.find("nutrition")).map(Outcome::label).hasValue("Eating and drinking well");
    }

    @Test
    void holdsTheConditionsAndWhatUnableToAchieveMeansWithTheSource() {
        assertThat(outcomes.conditions().regulation()).isEqualTo("2(1)");
        assertThat(outcomes.conditions().items()).hasSize(3).last().asString().endsWith("significant impact on the adult's well-being");
        assertThat(outcomes.unableToAchieve().regulation()).isEqualTo("2(3)");
        assertThat(outcomes.unableToAchieve().items()).hasSize(4).first().isEqualTo("is unable to achieve it without assistance");
        assertThat(outcomes.source()).isEqualTo(new EligibilityOutcomes.Source(
                "The Care and Support (Eligibility Criteria) Regulations 2015", "SI 2015/313, regulation 2(2)",
                "https://www.legislation.gov.uk/uksi/2015/313/regulation/2", "Open Government Licence v3.0"));
    }

    @Test
    void findsAnOutcomeByItsCode() {
        assertThat(outcomes.find("caring-for-child")).map(Outcome::number).hasValue(10);
        assertThat(outcomes.find("swimming")).isEmpty();
        assertThat(outcomes.find(null)).isEmpty();
    }

    @Test
    void namesTheProblemInAMalformedFile() throws IOException {
        String shipped = shipped();
        assertThatThrownBy(() -> EligibilityOutcomes.read(shipped.replace("    code: toilet\n", ""), "broken.yaml"))
                .isInstanceOf(IllegalStateException.class).hasMessage("broken.yaml: outcomes[2].code is missing");
        assertThatThrownBy(() -> EligibilityOutcomes.read(shipped.replace("code: toilet", "code: hygiene"), "twice.yaml"))
                .hasMessage("twice.yaml: outcomes[2].code 'hygiene' is used by another outcome");
        assertThatThrownBy(() -> EligibilityOutcomes.read(shipped.replace("  licence: Open", "  licence: \n  x: Open"), "f"))
                .hasMessage("f: source.licence is missing");
        assertThatThrownBy(() -> EligibilityOutcomes.read("outcomes: [", "f")).hasMessageStartingWith("f: is not valid YAML");
        assertThatThrownBy(() -> EligibilityOutcomes.read("", "f")).hasMessage("f: is empty");
    }

    @Test
    void isASpringBean() {
        try (var context = new AnnotationConfigApplicationContext(EligibilityOutcomesConfiguration.class)) {
            assertThat(context.getBean(EligibilityOutcomes.class).all()).hasSize(10);
        }
    }

    private static String shipped() throws IOException {
        try (InputStream in = EligibilityOutcomesTests.class.getResourceAsStream("/" + EligibilityOutcomes.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
