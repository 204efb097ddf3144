package org.oneplan.planning.internal;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oneplan.access.DemoSignIn;
import org.oneplan.people.People;
import org.oneplan.people.PersonSummary;
import org.oneplan.planning.Agreement;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.OutcomeDraft;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.Whose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: North's coordinator has planned with four people, each plan at a different point:
 * Margaret Okafor's agreed twice, Thomas Bell's preparation under way, Aisha Mahmood's draft with gaps,
 * and George Adeyemi's, which he did not agree. Written through the planning services as the demo
 * {@code coordinator}, so every rule and the audit apply. Does nothing once Margaret has a plan.
 */
@Component
@Profile("demo")
@Order(40)
class DemoPlans implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    private final DemoSignIn demo;
    private final People people;
    private final CarePlans plans;
    private final Outcomes outcomes;
    private final PlanVersions versions;
    private final DemoPlanContent content;

    DemoPlans(DemoSignIn demo, People people, CarePlans plans, Outcomes outcomes, PlanVersions versions,
              DemoPlanContent content) {
        this.demo = demo;
        this.people = people;
        this.plans = plans;
        this.outcomes = outcomes;
        this.versions = versions;
        this.content = content;
    }

    @Override
    public void run(ApplicationArguments args) {
        demo.as("coordinator", () -> {
            Map<String, UUID> byName = people.onMyCaseloads(50).stream()
                    .collect(Collectors.toMap(PersonSummary::familyName, PersonSummary::id, (a, b) -> a));
            UUID margaret = byName.get("Okafor");
            if (margaret == null || plans.find(margaret).isPresent()) {
                return;
            }
            content.margaret(margaret);
            preparationUnderWay(byName.get("Bell"));
            draftWithGaps(byName.get("Mahmood"));
            notAgreed(byName.get("Adeyemi"));
            log.info("Demo mode: added plans for four people on North Locality Team's caseload");
        });
    }

    private void preparationUnderWay(UUID person) {
        plans.start(person);
        answer(person, PlanPrompt.HOW_TOLD, "Phoned Tom and followed up with a letter about what planning involves");
        answer(person, PlanPrompt.MATTERS_NOW, "Getting back to the allotment and seeing my grandchildren");
    }

    private void draftWithGaps(UUID person) {
        plans.start(person);
        answer(person, PlanPrompt.CONVERSATION, "At home one evening, with my mum there");
        outcomes.add(person, new OutcomeDraft("I want a break from caring one evening a week", Whose.PERSON, null,
                "So I can go to my night class", null, null, Set.of()));
        outcomes.add(person, new OutcomeDraft("I want Mum to be safe when I am at work", Whose.PERSON, null,
                null, null, null, Set.of()));
    }

    private void notAgreed(UUID person) {
        content.complete(person, "I want to go to the lunch club on Wednesdays", "My nephew can drive me");
        versions.markReady(person);
        versions.recordAgreement(person, content.agreement(Agreement.Decision.DO_NOT_AGREE,
                "I do not want carers coming in the morning. I want my nephew to read it first.", 3, "George"));
    }

    private void answer(UUID person, PlanPrompt prompt, String text) {
        content.answer(person, prompt, text);
    }
}
