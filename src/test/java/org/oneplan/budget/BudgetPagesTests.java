package org.oneplan.budget;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** The budget page and the pages of its parts: what they show, what they refuse and why, and two people at once. */
class BudgetPagesTests extends BudgetPagesSupport {

    @Test
    void withoutAYesToTheBudgetQuestionThePageSaysWhyAndLinksToIt() throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/money")).param("budget", "NO").param("version", "0"));
        mvc.perform(as(coordinator, get(budget()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The plan says the person will not have a personal budget.")))
                .andExpect(content().string(containsString("href=\"/people/" + person + "/plan/money\"")));
        mvc.perform(as(coordinator, get(budget() + "/indicative"))).andExpect(redirectedUrl(budget()));
        mvc.perform(as(coordinator, post(budget() + "/split")).param("period", "YEAR").param("total", "100"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The plan does not say there will be a personal budget")));
    }

    @Test
    void eachPartIsShownAWeekAndAYearAndTheCheckSaysWhatIsStillToDo() throws Exception {
        mvc.perform(as(coordinator, get(budget()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Indicative budget \u2014 record the indicative budget")))
                .andExpect(content().string(containsString("href=\"/people/" + person + "/plan/budget/split\"")));
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(containsString(
                "href=\"/people/" + person + "/plan/budget\"")));
        mvc.perform(save("indicative").param("amount", "£180").param("period", "WEEK").param("on.day", "1")
                .param("on.month", "3").param("on.year", "2025").param("basis", "DESCRIBED").param("how", "Agreed at panel"))
                .andExpect(redirectedUrl(budget() + "#indicative"));
        mvc.perform(save("split").param("period", "YEAR").param("total", "9,360"))
                .andExpect(redirectedUrl(budget() + "#split"));
        mvc.perform(as(coordinator, get(budget())))
                .andExpect(content().string(containsString("£180 a week (£9,360 a year)")))
                .andExpect(content().string(containsString("1 March 2025")))
                .andExpect(content().string(containsString("Another way, described below. Agreed at panel")))
                .andExpect(content().string(containsString("£9,360 a year (£180 a week)")))
                .andExpect(content().string(not(containsString("record the indicative budget"))))
                .andExpect(content().string(containsString("record what the person pays and what the council pays")));
    }

    @Test
    void sharesThatDoNotAddUpAreRefusedSayingByHowMuchAndKeepWhatWasTyped() throws Exception {
        mvc.perform(save("split").param("period", "YEAR").param("total", "9360").param("personPays", "1000")
                        .param("councilPays", "7800"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<title>Error: The personal budget")))
                .andExpect(content().string(containsString("What the person pays (£1,000) and what the council pays "
                        + "(£7,800) add up to £8,800, but the total cost is £9,360. They must add up to the total cost.")))
                .andExpect(content().string(containsString("href=\"#councilPays\"")))
                .andExpect(content().string(containsString("value=\"1000\"")));
    }

    @Test
    void amountsThatAreNotMoneyGetAMessageNamingTheAmount() throws Exception {
        String[][] cases = {
                {"-5", "Enter the indicative budget as an amount of £0 or more"},
                {"12.345", "Enter the indicative budget to the nearest penny"},
                {"lots", "Enter the indicative budget as an amount in pounds and pence, like 125.50"},
                {"50000", "Enter the indicative budget as an amount of no more than £38,461.53 a week"},
                {"", "Enter the indicative budget"}};
        for (String[] c : cases) {
            mvc.perform(save("indicative").param("amount", c[0]).param("period", "WEEK").param("on.day", "1")
                            .param("on.month", "3").param("on.year", "2025").param("basis", "RESOURCE_ALLOCATION"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString(c[1])));
        }
    }

    @Test
    void otherPublicMoneyMakesAnIntegratedBudget() throws Exception {
        mvc.perform(save("split").param("period", "YEAR").param("total", "9360")
                .param("other[0].source", "NHS personal health budget").param("other[0].amount", "2000")
                .param("other[1].source", "").param("other[1].amount", ""))
                .andExpect(redirectedUrl(budget() + "#split"));
        mvc.perform(as(coordinator, get(budget())))
                .andExpect(content().string(containsString("Other public money: NHS personal health budget")))
                .andExpect(content().string(containsString("£11,360 a year")));
        mvc.perform(as(coordinator, get(budget() + "/split")))
                .andExpect(content().string(containsString("name=\"other[1].source\"")));
        mvc.perform(save("split").param("period", "YEAR").param("total", "9360")
                .param("other[0].source", "").param("other[0].amount", "")
                .param("other[1].source", "Continuing healthcare").param("other[1].amount", "100"))
                .andExpect(redirectedUrl(budget() + "#split"));
        mvc.perform(as(coordinator, get(budget())))
                .andExpect(content().string(not(containsString("NHS personal health budget"))))
                .andExpect(content().string(containsString("£9,460 a year")));
    }

    @Test
    void aMixMustAddUpToTheBudgetAndADirectPaymentPartAsksForItsDetails() throws Exception {
        mvc.perform(save("split").param("period", "YEAR").param("total", "9360"));
        mvc.perform(save("deployment").param("way", "MIXED").param("directPaymentPart", "5000")
                        .param("managedPart", "3000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The parts add up to £8,000, which is £1,360 less than the "
                        + "budget of £9,360. Add £1,360 to the parts.")));
        mvc.perform(save("deployment").param("way", "MIXED").param("directPaymentPart", "5000")
                        .param("isfPart", "4360"))
                .andExpect(content().string(containsString("Enter the provider holding the Individual Service Fund")));
        mvc.perform(save("deployment").param("way", "MIXED").param("directPaymentPart", "5000")
                        .param("isfPart", "4360").param("isfProvider", "Hope Homes"))
                .andExpect(redirectedUrl(budget() + "/direct-payment"));
        mvc.perform(as(coordinator, get(budget())))
                .andExpect(content().string(containsString("Direct payment \u2014 record who holds it")));
    }

    @Test
    void aDirectPaymentHeldBySomeoneElseNeedsTheirName() throws Exception {
        mvc.perform(save("deployment").param("way", "DIRECT_PAYMENT"));
        mvc.perform(save("direct-payment").param("holder", "NOMINATED_PERSON").param("needsText", "Getting out")
                        .param("amount", "600").param("frequency", "FOUR_WEEKLY"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the name of the nominated or authorised person")))
                .andExpect(content().string(containsString("Getting out")));
        mvc.perform(save("direct-payment").param("holder", "NOMINATED_PERSON").param("holderName", "David Okafor")
                        .param("needsText", "Getting out").param("amount", "600").param("frequency", "FOUR_WEEKLY"))
                .andExpect(redirectedUrl(budget() + "#direct-payment"));
        mvc.perform(save("direct-payment").param("holder", "NOMINATED_PERSON").param("holderName", "David Okafor")
                        .param("needCodes", "nutrition", "home-safely").param("amount", "600").param("frequency", "FOUR_WEEKLY"))
                .andExpect(redirectedUrl(budget() + "#direct-payment"));
        mvc.perform(save("direct-payment").param("holder", "NOMINATED_PERSON").param("holderName", "David Okafor")
                        .param("needCodes", "home-safely").param("amount", "600").param("frequency", "FOUR_WEEKLY"))
                .andExpect(redirectedUrl(budget() + "#direct-payment"));
        mvc.perform(as(coordinator, get(budget())))
                .andExpect(content().string(containsString("David Okafor, nominated by the person")))
                .andExpect(content().string(containsString("£600 paid every four weeks: £7,800 a year (£150 a week)")));
    }

    @Test
    void someoneElsesNewerChangeIsShownBesideWhatWasTyped() throws Exception {
        mvc.perform(save("split").param("period", "YEAR").param("total", "9360"));
        mvc.perform(as(coordinator, post(budget() + "/split")).param("version", "0").param("period", "YEAR")
                .param("total", "9000"));
        mvc.perform(as(coordinator, post(budget() + "/split")).param("version", "0").param("period", "WEEK")
                        .param("total", "175"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("What is saved now")))
                .andExpect(content().string(containsString("£9,000 a year")))
                .andExpect(content().string(containsString("value=\"175\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
    }
}
