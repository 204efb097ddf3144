package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.directory.DirectoryUse;
import org.oneplan.directory.internal.DirectoryMaintenance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An option of question 3 draws on a community directory entry, chosen in the directory without JavaScript. */
class OptionDirectoryPagesTests extends PlanPagesSupport {

    @Autowired DirectoryMaintenance maintenance;
    @Autowired DirectoryUse uses;

    DirectoryEntries entries;
    UUID outcome;

    @BeforeEach
    void setUpEntriesAndOutcome() throws Exception {
        entries = new DirectoryEntries(accounts, maintenance, uses, team);
        mvc.perform(as(coordinator, post(plan() + "/outcomes/new")).param("text", "Get to my allotment")
                .param("whose", "PERSON"));
        outcome = jdbc.queryForObject("select id from plan_outcome where text = ? and plan_id in "
                + "(select id from care_plan where person_id = ?)", UUID.class, "Get to my allotment", person);
    }

    String newForm() {
        return plan() + "/arrange/outcomes/" + outcome + "/options/new";
    }

    static MockHttpServletRequestBuilder typed(MockHttpServletRequestBuilder request, String text) {
        return request.param("text", text).param("resource", "COMMUNITY").param("why", "I like gardening")
                .param("whose", "PERSON");
    }

    ResultActions addOption(String text, Object entry) throws Exception {
        return mvc.perform(typed(as(coordinator, post(newForm())), text).param("directoryEntryId", String.valueOf(entry)));
    }

    UUID optionId(String text) {
        return jdbc.queryForObject("select id from plan_option where text = ? and plan_id in "
                + "(select id from care_plan where person_id = ?)", UUID.class, text, person);
    }

    int options(String text) {
        return jdbc.queryForObject("select count(*) from plan_option where text = ? and plan_id in "
                + "(select id from care_plan where person_id = ?)", Integer.class, text, person);
    }

    @Test
    void anEntryIsChosenInTheDirectoryAndTheFormComesBackAsTyped() throws Exception {
        UUID entry = entries.add("Riverside TimeBank");
        Cookie session = mvc.perform(typed(as(coordinator, post(newForm())), "Swap gardening hours")
                        .param("directory", "find"))
                .andExpect(redirectedUrl("/directory?for=" + newForm())).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(as(coordinator, get("/directory")).cookie(session).param("for", newForm())
                        .param("area", entries.area()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"for\" value=\"" + newForm() + "\"")))
                .andExpect(content().string(containsString("href=\"" + newForm() + "?entry=" + entry + "\"")));
        mvc.perform(as(coordinator, get(newForm())).cookie(session).param("entry", entry.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("Swap gardening hours", "I like gardening",
                        "From the community directory (optional)", "value=\"" + entry + "\"", "Riverside TimeBank",
                        "TimeBank", entries.area(), "Change", "Remove")));
        mvc.perform(as(coordinator, get(newForm())).cookie(session))
                .andExpect(content().string(not(containsString("Swap gardening hours"))));

        addOption("Swap gardening hours", entry).andExpect(redirectedUrl(plan() + "/arrange"));
        mvc.perform(as(coordinator, get(plan() + "/arrange")))
                .andExpect(content().string(stringContainsInOrder("Swap gardening hours",
                        "From the community directory: Riverside TimeBank", "01632 960000, hello@example.org")));
        mvc.perform(as(coordinator, get(plan()))).andExpect(content().string(stringContainsInOrder(
                "Swap gardening hours", "From the community directory: Riverside TimeBank")));
        assertThat(entries.plansUsing(entry)).isEqualTo(1);
        mvc.perform(as(coordinator, get("/directory/" + entry))).andExpect(content().string(containsString("1 plan")));
    }

    @Test
    void changingTheEntryMovesTheLinkAndRemovingTheEntryOrTheOptionEndsIt() throws Exception {
        UUID riverside = entries.add("Riverside TimeBank");
        UUID hillside = entries.add("Hillside TimeBank");
        addOption("Swap hours", riverside);
        String edit = plan() + "/arrange/options/" + optionId("Swap hours");
        mvc.perform(typed(as(coordinator, post(edit)), "Swap hours").param("version", "0")
                .param("directoryEntryId", hillside.toString())).andExpect(redirectedUrl(plan() + "/arrange"));
        assertThat(entries.plansUsing(riverside)).isZero();
        assertThat(entries.plansUsing(hillside)).isEqualTo(1);

        Cookie session = mvc.perform(typed(as(coordinator, post(edit)), "Swap more hours").param("version", "1")
                .param("directoryEntryId", hillside.toString()).param("directory", "remove"))
                .andExpect(redirectedUrl(edit)).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(as(coordinator, get(edit)).cookie(session))
                .andExpect(content().string(containsString("Swap more hours")))
                .andExpect(content().string(not(containsString("Hillside TimeBank"))))
                .andExpect(content().string(containsString("Find a resource in the community directory")));
        assertThat(entries.plansUsing(hillside)).as("nothing is saved until the form is").isEqualTo(1);
        mvc.perform(typed(as(coordinator, post(edit)), "Swap more hours").param("version", "1")
                .param("directoryEntryId", "")).andExpect(redirectedUrl(plan() + "/arrange"));
        assertThat(entries.plansUsing(hillside)).isZero();

        addOption("A lift to the TimeBank", riverside);
        mvc.perform(as(coordinator, post(plan() + "/arrange/options/" + optionId("A lift to the TimeBank") + "/remove"))
                .param("version", "0")).andExpect(redirectedUrl(plan() + "/arrange"));
        assertThat(entries.plansUsing(riverside)).isZero();
    }

    @Test
    void removingTheOutcomeEndsItsOptionsLinks() throws Exception {
        UUID riverside = entries.add("Riverside Walks");
        addOption("Walk to the allotment with the group", riverside);
        assertThat(entries.plansUsing(riverside)).isEqualTo(1);
        mvc.perform(as(coordinator, post(plan() + "/outcomes/" + outcome + "/remove")))
                .andExpect(redirectedUrl(plan() + "#change"));
        assertThat(entries.plansUsing(riverside)).isZero();
    }

    @Test
    void aRetiredEntryIsRefusedAsANewLinkButAnOptionAlreadyLinkedKeepsIt() throws Exception {
        UUID entry = entries.add("Closing TimeBank");
        addOption("Swap hours", entry);
        entries.retire(entry);
        addOption("Swap more hours", entry).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#directoryEntryId\">This entry is retired: choose another one")));
        assertThat(options("Swap more hours")).isZero();
        mvc.perform(typed(as(coordinator, post(plan() + "/arrange/options/" + optionId("Swap hours"))), "Swap hours today")
                .param("version", "0").param("directoryEntryId", entry.toString()))
                .andExpect(redirectedUrl(plan() + "/arrange"));
        mvc.perform(as(coordinator, get(plan() + "/arrange"))).andExpect(content().string(stringContainsInOrder(
                "Swap hours today", "Closing TimeBank", "Retired from the directory")));
        assertThat(entries.plansUsing(entry)).isEqualTo(1);
    }

    @Test
    void anEntryTheDirectoryDoesNotHaveIsRefused() throws Exception {
        for (Object unknown : new Object[] {UUID.randomUUID(), "not-an-entry"}) {
            addOption("Swap hours", unknown).andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Choose an entry from the community directory")));
        }
        mvc.perform(as(coordinator, get(newForm())).param("entry", "not-an-entry")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Find a resource in the community directory")));
        assertThat(options("Swap hours")).isZero();
    }
}
