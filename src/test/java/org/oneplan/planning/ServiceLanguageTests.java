package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oneplan.planning.ServiceLanguage.Hint;

class ServiceLanguageTests {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2 calls a day, 30 minutes each, 7am and 9pm            | FREQUENCY DURATION_OR_HOURS FIXED_TIME VISITS_OR_CALLS
            10 hours a week of home care at £22.50/hour            | DURATION_OR_HOURS PRICE
            Day centre Monday Wednesday Friday                     | FREQUENCY
            Home care three times a day                            | FREQUENCY
            SIX TIMES A WEEK HOME CARE                             | FREQUENCY
            Carers to visit twice weekly                           | FREQUENCY
            Daily calls from the agency                            | FREQUENCY VISITS_OR_CALLS
            Support worker 3x weekly                               | FREQUENCY
            Carer every morning at 8am to help me get up           | FREQUENCY FIXED_TIME
            Carer visits Mon–Fri                                   | FREQUENCY VISITS_OR_CALLS
            4 sessions per week at the day centre                  | FREQUENCY VISITS_OR_CALLS
            45 min calls                                           | DURATION_OR_HOURS
            PA support 2 hrs per week                              | DURATION_OR_HOURS
            Domiciliary care for half an hour each evening         | DURATION_OR_HOURS
            Care calls at 07:30 and 21:00                          | FIXED_TIME VISITS_OR_CALLS
            Tea call by 5pm                                        | FIXED_TIME VISITS_OR_CALLS
            Double-up call for hoist transfers                     | VISITS_OR_CALLS
            I need 2 carers for every call                         | VISITS_OR_CALLS
            Personal assistant at £15 per hour                     | PRICE
            Respite one week every month, costing 600 pounds       | PRICE
            Prompt medication, strip wash, meal prep               | SERVICE_TASK
            I want to get to my allotment on Saturdays with my grandson |
            I want to call my sister every week                    |
            I want to visit my daughter in Leeds                   |
            I like the morning, when the house is quiet            |
            My 2 dogs are my best friends                          |
            I was born in 1947 and grew up in Hull                 |
            I want to be up by 9 so I can go to church             |
            I want to walk for 30 minutes without stopping         |
            I want to go swimming twice a week with my friend Jan  |
            I want to walk the dog every morning at 7am            |
            I would like to save £50 for a trip to the seaside     |
            I like to watch the news at 6pm with a cup of tea      |
            I want to manage my own washing and dressing           |
            I want to work in HR again                             |
            Two visits from my grandchildren make my week          |
            I see my grandson on Mondays and Fridays               |
            I want to lose 10 pounds before the wedding            |
            My carer and I go to the pub on Fridays                |
            """)
    void flagsServiceSpecificationsButNotThePersonsOwnWords(String text, String expected) {
        List<Hint> hints = expected == null ? List.of()
                : Arrays.stream(expected.trim().split(" +")).map(Hint::valueOf).toList();
        assertThat(ServiceLanguage.check(text)).containsExactlyElementsOf(hints);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\t", "\u00a0"})
    void saysNothingAboutNoText(String text) {
        assertThat(ServiceLanguage.check(text)).isEmpty();
    }

    @Test
    void neverThrowsAndGivesTheSameAnswerForAnyText() {
        qt().withExamples(50).forAll(strings().allPossible().ofLengthBetween(0, 10_000))
                .checkAssert(text -> assertThat(ServiceLanguage.check(text)).isEqualTo(ServiceLanguage.check(text)));
    }

    @Test
    void staysFastOnLongTextMadeOfServiceWords() {
        List<String> words = List.of("2", "x", "calls", "a", "day", "£", "22.50", "/", "hour", "7", ":", "30", "am",
                "times", "twice", "carer", "half", "an", "mins", "hrs", "double", "-", "up", "monday", ",", "and",
                "every", "morning", "at", "per", "strip wash", "pounds", " ", "\u00a0", "’", "–", "I", "want");
        qt().withExamples(100).forAll(lists().of(arbitrary().pick(words)).ofSizeBetween(0, 2_500).map(l -> String.join(" ", l)))
                .checkAssert(text -> assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
                    assertThat(ServiceLanguage.check(text)).isEqualTo(ServiceLanguage.check(text));
                }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1 ", "£1", "a ", "twice ", "monday ", "12:3", "hrs ", "care "})
    void staysFastOnRepeatedFragments(String fragment) {
        String text = fragment.repeat(10_000 / fragment.length());
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> ServiceLanguage.check(text));
    }

    @Test
    void everyHintHasAGentleMessage() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/planning.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(messages.getProperty(ServiceLanguage.TITLE_KEY)).isNotBlank();
        for (Hint hint : Hint.values()) {
            assertThat(messages.getProperty(hint.messageKey())).as(hint.name()).contains("in their words");
        }
    }
}
