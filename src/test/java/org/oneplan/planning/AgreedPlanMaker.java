package org.oneplan.planning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Brings a test's person's plan to an agreed version 1, as the agreement pages do. */
final class AgreedPlanMaker {

    private AgreedPlanMaker() {
    }

    /** Completes the plan (see {@link AgreementPagesTests#complete()}), marks it ready and records the person's agreement. */
    static void agree(PlanPagesSupport test) throws Exception {
        AgreementPagesTests agreement = new AgreementPagesTests();
        agreement.mvc = test.mvc;
        agreement.accounts = test.accounts;
        agreement.testPeople = test.testPeople;
        agreement.jdbc = test.jdbc;
        agreement.team = test.team;
        agreement.person = test.person;
        agreement.coordinator = test.coordinator;
        agreement.complete();
        test.mvc.perform(test.as(test.coordinator, post(test.plan() + "/ready")));
        test.mvc.perform(agreement.answer("AGREE", ""));
    }
}
