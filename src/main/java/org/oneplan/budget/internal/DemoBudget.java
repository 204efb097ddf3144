package org.oneplan.budget.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.access.DemoSignIn;
import org.oneplan.people.People;
import org.oneplan.people.PersonSummary;
import org.oneplan.planning.BudgetAnswer;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.SpendingMoney;
import org.oneplan.planning.Whose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, after the demo plans: the council has confirmed Margaret Okafor's personal budget, so her
 * coordinator records it (indicative, the s26 split, a direct payment held by her son David) and her spending
 * plan. Her plan is then a draft again, with nothing missing, ready to check and agree. Written through the
 * budget services as the demo {@code coordinator}; does nothing once Margaret has a budget.
 */
@Component
@Profile("demo")
@Order(45)
class DemoBudget implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBudget.class);

    private final DemoSignIn demo;
    private final People people;
    private final SpendingMoney money;
    private final Outcomes outcomes;
    private final PersonalBudgets budgets;
    private final SpendingPlans spending;
    private final Clock clock;

    DemoBudget(DemoSignIn demo, People people, SpendingMoney money, Outcomes outcomes,
               PersonalBudgets budgets, SpendingPlans spending, Clock clock) {
        this.demo = demo;
        this.people = people;
        this.money = money;
        this.outcomes = outcomes;
        this.budgets = budgets;
        this.spending = spending;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo.as("coordinator", () -> {
            people.onMyCaseloads(50).stream().filter(p -> p.familyName().equals("Okafor")).map(PersonSummary::id)
                    .findFirst().filter(m -> money.find(m).filter(a -> a.budget() == BudgetAnswer.NOT_KNOWN_YET)
                            .isPresent()).ifPresent(this::margaret);
        });
    }

    private void margaret(UUID person) {
        money.answer(person, BudgetAnswer.YES, "A direct payment, held by David with her",
                money.find(person).orElseThrow().version());
        LocalDate today = LocalDate.now(clock);
        Long v = budgets.recordIndicative(person, new Indicative(pounds("180"), Period.WEEK, today.minusWeeks(6),
                Indicative.Basis.RESOURCE_ALLOCATION, "42 points on the council's resource allocation system"), null)
                .version();
        v = budgets.recordSplit(person, new Split(pounds("9360"), pounds("1560"), pounds("7800"), Period.YEAR,
                List.of()), v).version();
        v = budgets.decideDeployment(person, new Deployment(Deployment.Way.DIRECT_PAYMENT, null, null, null, null), v)
                .version();
        v = budgets.recordDirectPayment(person, new DirectPayment(DirectPayment.Holder.NOMINATED_PERSON,
                "David Okafor, her son", Set.of("community-facilities", "home-safely"), null, pounds("600"),
                DirectPayment.Frequency.FOUR_WEEKLY), v).version();
        UUID church = outcome(person, "church");
        UUID garden = outcome(person, "garden");
        line(person, "Someone I choose to help me in the garden and get me out and about", "personal-assistant",
                Set.of(garden, church), "95", Period.WEEK);
        line(person, "Community transport to church and to the shops when I want", "transport", Set.of(church),
                "25", Period.WEEK);
        line(person, "Lunch with my friends at the church club", "community-group", Set.of(church), "8", Period.WEEK);
        line(person, "Raised beds and a kneeler with handles", "equipment", Set.of(garden), "350", Period.ONE_OFF);
        budgets.setAllowance(person, new Allowance(pounds("2354"), Period.YEAR), v);
        log.info("Demo mode: added Margaret Okafor's personal budget, a direct payment, and her spending plan");
    }

    private void line(UUID person, String words, String type, Set<UUID> serves, String cost, Period period) {
        spending.add(person, new SpendingLineDraft(words, Whose.PERSON, null, type, serves, pounds(cost), period));
    }

    private UUID outcome(UUID person, String word) {
        return outcomes.of(person).stream().filter(o -> o.words().text().contains(word)).findFirst().orElseThrow().id();
    }

    private static BigDecimal pounds(String amount) {
        return new BigDecimal(amount).setScale(2);
    }
}
