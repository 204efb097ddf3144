package org.oneplan.planning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.TestAccounts;
import org.oneplan.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class PlanPagesTests extends PlanPagesSupport {

    @Override
    boolean startsPlan() {
        return false;
    }

    @Test
    void startingPlanningOpensOneDraftPlanWithItsTaskList() throws Exception {
        mvc.perform(as(coordinator, get(plan()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no care and support plan yet")))
                .andExpect(content().string(containsString("Start planning")));
        mvc.perform(as(coordinator, post(plan()))).andExpect(redirectedUrl(plan()));
        mvc.perform(as(coordinator, post(plan()))).andExpect(redirectedUrl(plan()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("banner", "This person already has a plan, so it has been opened."));
        mvc.perform(as(coordinator, get(plan())))
                .andExpect(content().string(containsString("Draft")))
                .andExpect(content().string(containsString("Preparing for the process")))
                .andExpect(content().string(containsString("1. What is important to you?")))
                .andExpect(content().string(containsString("2. What do you want to change?")))
                .andExpect(content().string(containsString("6. How will you stay in control?")))
                .andExpect(content().string(containsString("Not started")));
    }

    @Test
    void anAnswerInThePersonsWordsIsShownAsTheirs() throws Exception {
        mvc.perform(as(coordinator, post(plan())));
        mvc.perform(as(coordinator, get(plan() + "/matters-now"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"PERSON\" checked")));
        mvc.perform(as(coordinator, post(plan() + "/matters-now")).param("text", "My garden <script>alert(1)</script>")
                        .param("whose", "PERSON"))
                .andExpect(redirectedUrl(plan() + "#preparation-person"));
        mvc.perform(as(coordinator, get(plan())))
                .andExpect(content().string(containsString("My garden &lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(containsString("In Ada Plan&#39;s own words")))
                .andExpect(content().string(containsString("In progress")));
    }

    @Test
    void mistakesAreShownByTheirFieldsAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(as(coordinator, post(plan())));
        mvc.perform(as(coordinator, post(plan() + "/future")).param("text", "Go back to the choir").param("whose", "SUPPORTER"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the name of the supporter whose words these are")))
                .andExpect(content().string(containsString("Go back to the choir")))
                .andExpect(content().string(containsString("<title>Error: ")));
        mvc.perform(as(coordinator, post(plan() + "/future")).param("text", " ").param("whose", "PERSON"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Enter an answer")));
        mvc.perform(as(coordinator, get(plan() + "/no-such-question"))).andExpect(status().isNotFound());
    }

    @Test
    void twoPeopleSavingTheSameAnswerDoNotOverwriteEachOther() throws Exception {
        mvc.perform(as(coordinator, post(plan())));
        mvc.perform(as(coordinator, post(plan() + "/future")).param("text", "First words").param("whose", "PERSON"));
        mvc.perform(as(coordinator, post(plan() + "/future")).param("text", "My later words").param("whose", "PERSON"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("What is saved now")))
                .andExpect(content().string(containsString("First words")))
                .andExpect(content().string(containsString("My later words")));
        mvc.perform(as(coordinator, post(plan() + "/future")).param("text", "Agreed words").param("whose", "PERSON")
                .param("version", "0")).andExpect(status().is3xxRedirection());
    }

    @Test
    void onlyPeopleWhoMayPlanChangeItAndOthersAreRefused() throws Exception {
        mvc.perform(as(coordinator, post(plan())));
        var otherTeam = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.COORDINATOR);
        mvc.perform(as(otherTeam, get(plan()))).andExpect(status().isNotFound());
        mvc.perform(as(otherTeam, post(plan() + "/future")).param("text", "x").param("whose", "PERSON"))
                .andExpect(status().isNotFound());
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        mvc.perform(as(authoriser, get(plan()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/plan/future"))));
        mvc.perform(as(authoriser, post(plan()))).andExpect(status().isForbidden());
        var own = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        mvc.perform(as(own, get(plan()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Care and support plan")))
                .andExpect(content().string(containsString(">Check the plan</a>")))
                .andExpect(content().string(not(containsString("ask the person to agree it"))));
        mvc.perform(as(accounts.newUser(Set.of(), Role.SYSTEM_ADMIN), get(plan()))).andExpect(status().isNotFound());
    }
}
