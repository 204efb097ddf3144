package org.oneplan.budget.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.access.DemoSignIn;
import org.oneplan.access.Organisations;
import org.oneplan.budget.SignOffDecision;
import org.oneplan.budget.SignOffStatus;
import org.oneplan.budget.SignOffs;
import org.oneplan.people.People;
import org.oneplan.people.PersonSummary;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.PlanVersions;
import org.oneplan.workingdays.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode only, after the demo budget: Demo Council's sign-off criteria; Margaret Okafor agrees her plan with its
 * budget, it is sent and, six working days later (today), signed off as version 3 with her budget active; Eileen
 * Porter's plan has waited seven working days in the queue; Daniel Novak's was returned yesterday with reasons.
 * Written through the services as the demo users; the times of the sign-offs are then moved back. Does nothing
 * once Margaret's plan has been sent.
 */
@Component
@Profile("demo")
@Order(50)
class SignOffDemo implements ApplicationRunner {

    static final List<String> CRITERIA = List.of("The outcomes are in the person's own words",
            "The personal budget meets the eligible needs the council will meet",
            "The spending plan spends the budget on the person's outcomes, lawfully and safely",
            "Risks have a plan the person agrees with");

    private static final Logger log = LoggerFactory.getLogger(SignOffDemo.class);

    private final DemoSignIn demo;
    private final People people;
    private final SignOffs signOffs;
    private final SignOffSettings settings;
    private final Organisations organisations;
    private final PlanVersions versions;
    private final SignOffDemoPlans plans;
    private final SignOffRepository repository;
    private final TransactionTemplate transactions;
    private final WorkingDays workingDays;
    private final Clock clock;

    SignOffDemo(DemoSignIn demo, People people, SignOffs signOffs, SignOffSettings settings,
                Organisations organisations, PlanVersions versions, SignOffDemoPlans plans,
                SignOffRepository repository, TransactionTemplate transactions, WorkingDays workingDays, Clock clock) {
        this.demo = demo;
        this.people = people;
        this.signOffs = signOffs;
        this.settings = settings;
        this.organisations = organisations;
        this.versions = versions;
        this.plans = plans;
        this.repository = repository;
        this.transactions = transactions;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.exists("coordinator") || !demo.exists("authoriser") || !demo.exists("manager")) {
            return;
        }
        Map<String, UUID> byName = demo.as("coordinator", () -> people.onMyCaseloads(50)).stream()
                .collect(Collectors.toMap(PersonSummary::familyName, PersonSummary::id, (a, b) -> a));
        UUID margaret = byName.get("Okafor");
        if (margaret == null || demo.as("coordinator", () -> signOffs.status(margaret)).isPresent()) {
            return;
        }
        demo.as("manager", () -> {
            organisations.settingsScope().forEach(o -> settings.change(o.id(), 10, null, CRITERIA, null));
        });
        UUID porter = byName.get("Porter");
        UUID novak = byName.get("Novak");
        demo.as("coordinator", () -> {
            sent(margaret, "Margaret, her son David", 6);
            plans.complete(porter, new SignOffDemoPlans.Words("At home, with my sister", "I want to get to my "
                    + "knitting group at the library every week", "A support worker who drives me there and stays",
                    "Someone to take me to knitting and stay for a cup of tea", "agency-support", "65"));
            sent(porter, "Eileen and her sister Mary", 7);
            plans.complete(novak, new SignOffDemoPlans.Words("At college, with my mum", "I want to go to the gym "
                    + "with people my age", "A personal assistant who likes the gym",
                    "A personal assistant to go to the gym with me twice a week", "personal-assistant", "80"));
            return sent(novak, "Dan and his mum", 4);
        });
        demo.as("authoriser", () -> {
            signOffs.signOff(margaret, new SignOffDecision("A call with Margaret and David after the first three "
                    + "months of the direct payment", CRITERIA, LocalDate.now(clock)));
            signOffs.returnWithReasons(novak, List.of(new SignOffStatus.Reason("BUDGET_SPENDING", "Say what the "
                    + "personal assistant will do with Dan, in his words, and how he will choose them."),
                    new SignOffStatus.Reason("NEXT", "Add when Dan and his mum will check how the first month went.")));
        });
        moveBack(novak, 1);
        log.info("Demo mode: Margaret Okafor's plan signed off as version 3, Eileen Porter's waiting for sign-off, "
                + "Daniel Novak's returned");
    }

    /** The person agrees their plan as it stands, and it is sent for sign-off {@code workingDaysAgo}. */
    private SignOffStatus sent(UUID person, String whoTookPart, int workingDaysAgo) {
        versions.markReady(person);
        versions.recordAgreement(person, new Agreement(Agreement.Decision.AGREE, null, Agreement.Captured.IN_PERSON,
                "Priya Shah, coordinator", LocalDate.now(clock), whoTookPart + " and Priya Shah", null, null, null));
        SignOffStatus status = signOffs.submit(person);
        moveBack(person, workingDaysAgo);
        return status;
    }

    private void moveBack(UUID person, int workingDays) {
        LocalDate today = SignOffAges.date(clock.instant());
        Duration by = Duration.ofDays(ChronoUnit.DAYS.between(this.workingDays.addWorkingDays(today, -workingDays), today));
        transactions.executeWithoutResult(tx -> repository.latest(person).ifPresent(s -> s.movedBack(by)));
    }
}
