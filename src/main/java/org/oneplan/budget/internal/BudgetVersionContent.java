package org.oneplan.budget.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.oneplan.planning.EligibilityOutcomes;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.PlanPart.VersionedItem;
import org.oneplan.planning.PlanPart.VersionedSection;
import org.oneplan.planning.PlanSection;
import org.oneplan.planning.Words;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The personal budget and the spending plan in words, as an agreed version keeps them, in a fixed order. */
@Component
class BudgetVersionContent {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MoneyWords money;
    private final Outcomes outcomes;
    private final SupportTypes supportTypes;
    private final EligibilityOutcomes eligibility;
    private final MessageSource messages;

    BudgetVersionContent(MoneyWords money, Outcomes outcomes, SupportTypes supportTypes,
                         EligibilityOutcomes eligibility, MessageSource messages) {
        this.money = money;
        this.outcomes = outcomes;
        this.supportTypes = supportTypes;
        this.eligibility = eligibility;
        this.messages = messages;
    }

    List<VersionedSection> sections(BudgetView b) {
        List<VersionedItem> budget = new ArrayList<>();
        Indicative i = b.indicative();
        if (i != null) {
            String how = text("budget.indicative.basis." + i.basis()) + (i.how() == null ? "" : ". " + i.how());
            budget.add(item("budget.indicative.heading", text("budget.version.indicative",
                    money.both(i.amount(), i.period()), DATE.format(i.on()), how)));
        }
        Split s = b.split();
        if (s != null) {
            budget.add(item("budget.amount.total.label", money.both(s.total(), s.period())));
            if (s.shared()) {
                budget.add(item("budget.amount.personPays.label", money.both(s.personPays(), s.period())));
                budget.add(item("budget.amount.councilPays.label", money.both(s.councilPays(), s.period())));
            }
            s.other().forEach(o -> budget.add(new VersionedItem(text("budget.version.other", o.source()),
                    money.both(o.amount(), s.period()), null)));
            budget.add(item("budget.whole", money.both(s.whole(), s.period())));
        }
        if (b.deployment() != null) {
            budget.add(item("budget.deployment.heading", deployment(b.deployment(), s)));
        }
        if (b.directPaymentChosen() && b.directPayment() != null) {
            budget.add(item("budget.dp.heading", directPayment(b.directPayment())));
        }
        List<VersionedSection> sections = new ArrayList<>();
        if (!budget.isEmpty()) {
            sections.add(new VersionedSection(PlanSection.MONEY, text("budget.version.title"), budget));
        }
        List<VersionedItem> spending = spending(b);
        if (!spending.isEmpty()) {
            sections.add(new VersionedSection(PlanSection.MONEY, text("budget.spending.heading"), spending));
        }
        return sections;
    }

    private String deployment(Deployment d, Split s) {
        return switch (d.way()) {
            case INDIVIDUAL_SERVICE_FUND -> text("budget.version.isf", d.isfProvider());
            case MIXED -> {
                List<String> parts = new ArrayList<>();
                part(parts, d.directPaymentPart(), s, "budget.version.mixed.dp", null);
                part(parts, d.isfPart(), s, "budget.version.mixed.isf", d.isfProvider());
                part(parts, d.managedPart(), s, "budget.version.mixed.managed", null);
                yield text("budget.version.mixed", String.join("; ", parts));
            }
            default -> text("budget.deployment.way." + d.way());
        };
    }

    private void part(List<String> parts, java.math.BigDecimal amount, Split s, String key, String provider) {
        if (amount != null && amount.signum() > 0) {
            parts.add(text(key, money.both(amount, s.period()), provider));
        }
    }

    private String directPayment(DirectPayment p) {
        List<String> needs = new ArrayList<>(eligibility.all().stream().filter(o -> p.needCodes().contains(o.code()))
                .map(EligibilityOutcomes.Outcome::label).toList());
        if (p.needsText() != null) {
            needs.add(p.needsText());
        }
        String holder = p.holder().needsName() ? text("budget.dp.holder.named." + p.holder(), p.holderName())
                : text("budget.dp.heldBy." + p.holder());
        return text("budget.version.dp", holder, String.join("; ", needs), money.pounds(p.amount()),
                text("budget.dp.paidEvery." + p.frequency()), money.yearly(p.perYear()));
    }

    private List<VersionedItem> spending(BudgetView b) {
        Map<UUID, String> served = outcomes.wordsOf(b.planId());
        Map<String, SupportTypeView> types = supportTypes.byCode();
        List<VersionedItem> items = new ArrayList<>();
        for (SpendingLineView l : b.lines()) {
            String forWhat = String.join("; ", served.entrySet().stream().filter(e -> l.outcomeIds().contains(e.getKey()))
                    .map(Map.Entry::getValue).toList());
            SupportTypeView type = types.get(l.supportType());
            items.add(new VersionedItem(type == null ? l.supportType() : type.label(), text("budget.version.line",
                    l.words().text(), forWhat, money.both(l.cost(), l.period())), whose(l.words())));
        }
        if (b.allowance() != null) {
            items.add(item("budget.allowance.heading", money.both(b.allowance().amount(), b.allowance().period())));
        }
        SpendingTotals t = b.totals();
        if (!items.isEmpty() && t.budgetPerYear() != null) {
            items.add(item("budget.totals.label", text(t.over() ? "budget.version.over" : t.under()
                    ? "budget.version.under" : "budget.version.even", money.yearly(t.spentPerYear()),
                    money.yearly(t.budgetPerYear()), money.yearly(t.over() ? t.overPerYear() : t.underPerYear()))));
        }
        return items;
    }

    private String whose(Words w) {
        return text("budget.version.whose." + w.whose(), Objects.requireNonNullElse(w.whoseName(), ""));
    }

    private VersionedItem item(String labelKey, String value) {
        return new VersionedItem(text(labelKey), value, null);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
