package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.directory.DirectoryUse;
import org.oneplan.directory.internal.DirectoryMaintenance;
import org.oneplan.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An action of question 7 draws on a community directory entry: chosen in the directory, shown wherever the
 * action is, to the person too, and part of what the person agrees.
 */
class ActionDirectoryPagesTests extends PlanPagesSupport {

    @Autowired DirectoryMaintenance maintenance;
    @Autowired DirectoryUse uses;
    @Autowired PlanVersions versions;

    DirectoryEntries entries;

    @BeforeEach
    void setUpEntries() {
        entries = new DirectoryEntries(accounts, maintenance, uses, team);
    }

    static MockHttpServletRequestBuilder typed(MockHttpServletRequestBuilder request) {
        return request.param("text", "Join the TimeBank").param("owner", "SUPPORTER")
                .param("ownerName", "Ann Next (daughter)").param("dueDate.day", "1").param("dueDate.month", "6")
                .param("dueDate.year", "2099").param("outcomeId", "none").param("layer", "COMMUNITY");
    }

    @Test
    void anActionGetsItsEntryFromTheDirectoryAndTheEntryIsInThePlanAndWhatIsAgreed() throws Exception {
        UUID entry = entries.add("Riverside TimeBank");
        String form = plan() + "/actions/new";
        Cookie session = mvc.perform(typed(as(coordinator, post(form))).param("directory", "find"))
                .andExpect(redirectedUrl("/directory?for=" + form)).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(as(coordinator, get(form)).cookie(session).param("entry", entry.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("Join the TimeBank", "Ann Next (daughter)",
                        "value=\"2099\"", "value=\"" + entry + "\"", "Riverside TimeBank")));
        mvc.perform(typed(as(coordinator, post(form))).param("directoryEntryId", entry.toString()))
                .andExpect(redirectedUrl(plan() + "/next-steps"));

        mvc.perform(as(coordinator, get(plan() + "/next-steps"))).andExpect(content().string(stringContainsInOrder(
                "Join the TimeBank", "From the community directory: Riverside TimeBank", "01632 960000, hello@example.org")));
        assertThat(entries.plansUsing(entry)).isEqualTo(1);
        assertThat(nextStepsContent()).contains("Join the TimeBank.",
                "From the community directory: Riverside TimeBank (01632 960000, hello@example.org).");

        UserAccount own = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        mvc.perform(as(own, get(plan()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("From the community directory: Riverside TimeBank")));
    }

    @Test
    void aChangeInTheDirectoryShowsOnThePagesButChangesThePlanOnlyWhenTheActionIsSavedAgain() throws Exception {
        UUID entry = entries.add("Riverside TimeBank");
        mvc.perform(typed(as(coordinator, post(plan() + "/actions/new"))).param("directoryEntryId", entry.toString()));
        UUID action = jdbc.queryForObject("select id from plan_action where directory_entry_id = ?", UUID.class, entry);
        entries.rephone(entry, "01632 961111");
        mvc.perform(as(coordinator, get(plan() + "/next-steps")))
                .andExpect(content().string(containsString("01632 961111, hello@example.org")));
        assertThat(nextStepsContent()).contains("Riverside TimeBank (01632 960000, hello@example.org)");
        mvc.perform(typed(as(coordinator, post(plan() + "/actions/" + action))).param("version", "0")
                .param("directoryEntryId", entry.toString())).andExpect(redirectedUrl(plan() + "/next-steps"));
        assertThat(nextStepsContent()).contains("Riverside TimeBank (01632 961111, hello@example.org)");
    }

    /** The text of question 7's part of the plan's content, which is what the person agrees. */
    String nextStepsContent() {
        return SignedIn.as(accounts.principal(coordinator), () -> versions.current(person)).stream()
                .filter(s -> s.section() == PlanSection.NEXT).flatMap(s -> s.items().stream())
                .map(PlanPart.VersionedItem::text).reduce("", String::concat);
    }

    @Test
    void removingAnActionEndsItsLink() throws Exception {
        UUID entry = entries.add("Riverside TimeBank");
        mvc.perform(typed(as(coordinator, post(plan() + "/actions/new"))).param("directoryEntryId", entry.toString()));
        UUID action = jdbc.queryForObject("select id from plan_action where directory_entry_id = ?", UUID.class, entry);
        mvc.perform(as(coordinator, get(plan() + "/actions/" + action)))
                .andExpect(content().string(stringContainsInOrder("Riverside TimeBank", "Change", "Remove")));
        mvc.perform(as(coordinator, post(plan() + "/actions/" + action + "/remove")).param("version", "0"))
                .andExpect(redirectedUrl(plan() + "/next-steps"));
        assertThat(entries.plansUsing(entry)).isZero();
    }

    @Test
    void anActionNamingAnEntryTheDirectoryDoesNotHaveIsRefused() throws Exception {
        mvc.perform(typed(as(coordinator, post(plan() + "/actions/new"))).param("directoryEntryId", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#directoryEntryId\">Choose an entry from the community directory")));
    }
}
