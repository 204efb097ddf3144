package org.oneplan.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may decide on a plan, and when an organisation asks for two authorisers. */
class SignOffRulesTests {

    @ParameterizedTest(name = "{0} deciding on a plan written by {1}, sent by {2}, first signed by {3}: {4}")
    @CsvSource(nullValues = "-", value = {
            "sam,   ann,     bob, -,   -",
            "ann,   ann,     bob, -,   signoff.error.wrote",
            "bob,   ann,     bob, -,   signoff.error.submitted",
            "sam,   ann,     bob, sam, signoff.error.twice",
            "tia,   ann,     bob, sam, -",
            "ann,   ann;tia, ann, -,   signoff.error.wrote"})
    void nobodyDecidesOnAPlanTheyWroteOrSentNorSignsItOffTwice(String who, String writers, String sent, String first,
                                                                 String refusal) {
        assertThat(SignOffRules.refusal(who, Set.copyOf(Arrays.asList(writers.split(";"))), sent, first).orElse(null))
                .isEqualTo(refusal);
    }

    @ParameterizedTest(name = "a budget of {0} a year with thresholds {1}: {2} authorisers")
    @CsvSource(nullValues = "-", value = {
            "9360,  -,            1",
            "9360,  20000,        1",
            "20000, 20000,        1",
            "20000.01, 20000,     2",
            "25000, -;30000,      1",
            "25000, -;20000,      2",
            "0,     1,            1"})
    void twoAuthorisersSignOffABudgetOverAnyOfTheOrganisationsThresholds(String whole, String thresholds, int needed) {
        List<BigDecimal> limits = thresholds == null ? List.of() : Arrays.stream(thresholds.split(";"))
                .map(t -> t.equals("-") ? null : new BigDecimal(t)).toList();
        assertThat(SignOffRules.authorisersNeeded(new BigDecimal(whole), limits)).isEqualTo(needed);
    }
}
