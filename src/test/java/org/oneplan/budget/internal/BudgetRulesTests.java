package org.oneplan.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules each part of a personal budget checks before it is taken. */
class BudgetRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    static BigDecimal p(String pounds) {
        return new BigDecimal(pounds);
    }

    static Split split(String total, String person, String council, Split.OtherMoney... other) {
        return new Split(p(total), person == null ? null : p(person), council == null ? null : p(council), Period.YEAR,
                List.of(other));
    }

    @Test
    void theSharesAddUpToTheTotalOrTheSplitIsRefusedSayingByHowMuch() {
        assertThat(split("9360", "1560", "7800").checked().shared()).isTrue();
        assertThatThrownBy(() -> split("9360", "1000", "7800").checked())
                .isInstanceOfSatisfying(BudgetRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("councilPays");
                    assertThat(e.messageKey()).isEqualTo("budget.error.split.addsUp");
                    assertThat(e.args()).containsExactly("£1,000", "£7,800", "£8,800", "£9,360");
                });
    }

    @Test
    void theSharesMayWaitForTheFinancialAssessmentButNotHalfOfThem() {
        assertThat(split("9360", null, null).checked().shared()).isFalse();
        assertThatThrownBy(() -> split("9360", "1560", null).checked()).hasMessage("budget.error.split.councilPays");
        assertThatThrownBy(() -> split("9360", null, "7800").checked()).hasMessage("budget.error.split.personPays");
    }

    @Test
    void otherPublicMoneyIsPartOfTheWholeBudgetAndEachLineNeedsItsSource() {
        Split integrated = split("9360", "1560", "7800", new Split.OtherMoney("NHS personal health budget", p("2000")),
                new Split.OtherMoney("  ", null)).checked();
        assertThat(integrated.other()).hasSize(1);
        assertThat(integrated.whole()).isEqualByComparingTo("11360");
        assertThatThrownBy(() -> split("9360", null, null, new Split.OtherMoney(null, p("5"))).checked())
                .isInstanceOfSatisfying(BudgetRuleException.class, e -> assertThat(e.field()).isEqualTo("other[0].source"));
    }

    @Test
    void theIndicativeBudgetIsGivenTodayOrEarlierAndDescribedWhenNotFromTheAllocation() {
        Indicative ras = new Indicative(p("180"), Period.WEEK, TODAY, Indicative.Basis.RESOURCE_ALLOCATION, " ");
        assertThat(ras.checked(TODAY).how()).isNull();
        assertThat(ras.checked(TODAY).perYear()).isEqualByComparingTo("9360");
        assertThatThrownBy(() -> new Indicative(p("180"), Period.WEEK, TODAY.plusDays(1),
                Indicative.Basis.RESOURCE_ALLOCATION, null).checked(TODAY)).hasMessage("budget.error.indicative.on.future");
        assertThatThrownBy(() -> new Indicative(p("180"), Period.WEEK, TODAY, Indicative.Basis.DESCRIBED, null)
                .checked(TODAY)).hasMessage("budget.error.indicative.how.required");
        assertThatThrownBy(() -> new Indicative(p("180"), Period.MONTH, TODAY, Indicative.Basis.DESCRIBED, "x")
                .checked(TODAY)).hasMessage("budget.error.period.required");
    }

    @Test
    void aMixsPartsAddUpToTheWholeBudgetWithAClearOverOrUnder() {
        Split budget = split("9360", "1560", "7800", new Split.OtherMoney("NHS", p("640"))).checked();
        Deployment mix = new Deployment(Deployment.Way.MIXED, "Hope Homes", p("6000"), p("4000"), null).checked(budget);
        assertThat(mix.fits(budget)).isTrue();
        assertThat(mix.includesDirectPayment()).isTrue();
        assertThatThrownBy(() -> new Deployment(Deployment.Way.MIXED, null, p("6000"), null, p("3000")).checked(budget))
                .isInstanceOfSatisfying(BudgetRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("budget.error.deployment.under");
                    assertThat(e.args()).containsExactly("£9,000", "£1,000", "£10,000");
                });
        assertThatThrownBy(() -> new Deployment(Deployment.Way.MIXED, null, p("8000"), null, p("2500")).checked(budget))
                .isInstanceOfSatisfying(BudgetRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("budget.error.deployment.over");
                    assertThat(e.args()).containsExactly("£10,500", "£500", "£10,000");
                });
        assertThatThrownBy(() -> new Deployment(Deployment.Way.MIXED, null, p("10000"), null, null).checked(budget))
                .hasMessage("budget.error.deployment.twoParts");
        assertThatThrownBy(() -> new Deployment(Deployment.Way.MIXED, " ", p("6000"), p("4000"), null).checked(budget))
                .hasMessage("budget.error.deployment.isfProvider.required");
        assertThatThrownBy(() -> new Deployment(Deployment.Way.MIXED, null, p("1"), p("1"), null).checked(null))
                .hasMessage("budget.error.deployment.noBudget");
    }

    @Test
    void aSingleWayTakesTheWholeBudgetAndAFundNamesItsProvider() {
        Deployment dp = new Deployment(Deployment.Way.DIRECT_PAYMENT, "ignored", p("1"), null, null).checked(null);
        assertThat(dp).isEqualTo(new Deployment(Deployment.Way.DIRECT_PAYMENT, null, null, null, null));
        assertThatThrownBy(() -> new Deployment(Deployment.Way.INDIVIDUAL_SERVICE_FUND, null, null, null, null)
                .checked(null)).hasMessage("budget.error.deployment.isfProvider.required");
        Split changed = split("5000", null, null).checked();
        Deployment mix = new Deployment(Deployment.Way.MIXED, null, p("6000"), null, p("3360"));
        assertThat(mix.fits(changed)).as("a mix made for the old budget no longer fits").isFalse();
    }

    @Test
    void aDirectPaymentHeldBySomeoneElseNamesThemAndSaysWhatItMeetsAndHowItIsPaid() {
        Set<String> needs = Set.of("nutrition", "home-safely");
        DirectPayment nominated = new DirectPayment(DirectPayment.Holder.NOMINATED_PERSON, " ", Set.of("nutrition"),
                null, p("600"), DirectPayment.Frequency.FOUR_WEEKLY);
        assertThatThrownBy(() -> nominated.checked(needs)).hasMessage("budget.error.dp.holderName.required");
        DirectPayment byThePerson = new DirectPayment(DirectPayment.Holder.PERSON, "Someone", Set.of(), " ", p("600"),
                DirectPayment.Frequency.FOUR_WEEKLY);
        assertThatThrownBy(() -> byThePerson.checked(needs)).hasMessage("budget.error.dp.needs.required");
        DirectPayment ok = new DirectPayment(DirectPayment.Holder.PERSON, "Someone", Set.of("nutrition"), null,
                p("600"), DirectPayment.Frequency.FOUR_WEEKLY).checked(needs);
        assertThat(ok.holderName()).isNull();
        assertThat(ok.perYear()).isEqualByComparingTo("7800");
        assertThatThrownBy(() -> new DirectPayment(DirectPayment.Holder.PERSON, null, Set.of("made-up"), null, p("1"),
                DirectPayment.Frequency.WEEKLY).checked(needs)).hasMessage("budget.error.dp.needs.unknown");
        assertThatThrownBy(() -> new DirectPayment(DirectPayment.Holder.PERSON, null, Set.of("nutrition"), null,
                p("50000"), DirectPayment.Frequency.WEEKLY).checked(needs)).hasMessage("budget.error.dp.amount.tooLarge");
    }
}
