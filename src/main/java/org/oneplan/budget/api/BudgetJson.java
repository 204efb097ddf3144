package org.oneplan.budget.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.budget.internal.BudgetView;
import org.oneplan.budget.internal.Deployment;
import org.oneplan.budget.internal.DirectPayment;
import org.oneplan.budget.internal.Indicative;
import org.oneplan.budget.internal.SpendingTotals;
import org.oneplan.budget.internal.Split;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A personal budget as the API shows it: each part null until recorded, amounts a week and a year, the spending
 * plan against the budget, what the completeness check still asks for, and the version for If-Match.
 *
 * @param expected whether the plan says there will be a personal budget
 */
record BudgetJson(UUID personId, boolean expected, Long version, IndicativeJson indicative, SplitJson budget,
                  Deployment deployment, DirectPaymentJson directPayment, SpendingJson spending, boolean complete,
                  List<MissingJson> missing, LocalDate activeFrom, String writtenBy, Instant writtenAt) {

    record IndicativeJson(AmountJson amount, LocalDate on, Indicative.Basis basis, String how) {
    }

    record OtherJson(String source, AmountJson amount) {
    }

    record SplitJson(AmountJson total, AmountJson personPays, AmountJson councilPays, List<OtherJson> otherPublicMoney,
                     AmountJson whole) {
    }

    record DirectPaymentJson(DirectPayment.Holder holder, String holderName, List<String> needCodes, String needsText,
                             java.math.BigDecimal amount, DirectPayment.Frequency frequency, AmountJson perYear) {
    }

    record SpendingJson(List<SpendingLineJson> lines, AmountJson allowance, AmountJson total, AmountJson budget,
                        AmountJson over, AmountJson under) {
    }

    record MissingJson(String message, String fix) {
    }

    static BudgetJson of(BudgetView b, MessageSource messages) {
        Indicative i = b.indicative();
        Split s = b.split();
        DirectPayment p = b.directPaymentChosen() ? b.directPayment() : null;
        SpendingTotals t = b.totals();
        return new BudgetJson(b.personId(), b.expected(), b.version(),
                i == null ? null : new IndicativeJson(AmountJson.of(i.amount(), i.period()), i.on(), i.basis(), i.how()),
                s == null ? null : new SplitJson(AmountJson.of(s.total(), s.period()),
                        AmountJson.of(s.personPays(), s.period()), AmountJson.of(s.councilPays(), s.period()),
                        s.other().stream().map(o -> new OtherJson(o.source(), AmountJson.of(o.amount(), s.period())))
                                .toList(), AmountJson.of(s.whole(), s.period())),
                b.deployment(),
                p == null ? null : new DirectPaymentJson(p.holder(), p.holderName(), p.needCodes().stream().sorted()
                        .toList(), p.needsText(), p.amount(), p.frequency(), AmountJson.yearly(p.perYear())),
                new SpendingJson(b.lines().stream().map(SpendingLineJson::of).toList(),
                        b.allowance() == null ? null : AmountJson.of(b.allowance().amount(), b.allowance().period()),
                        AmountJson.yearly(t.spentPerYear()), AmountJson.yearly(t.budgetPerYear()),
                        AmountJson.yearly(t.overPerYear()), AmountJson.yearly(t.underPerYear())),
                b.complete(), b.gaps().stream().map(g -> new MissingJson(messages.getMessage(g.messageKey(), null,
                        LocaleContextHolder.getLocale()), g.fixHref())).toList(),
                b.activeFrom(), b.writtenBy(), b.writtenAt());
    }
}
