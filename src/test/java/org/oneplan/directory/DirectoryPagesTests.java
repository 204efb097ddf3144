package org.oneplan.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** Adding, changing, checking, retiring and reinstating entries on the pages, and each entry's history. */
class DirectoryPagesTests extends DirectorySupport {

    @Test
    void anAdministratorAddsAnEntryThatIsCheckedTodayWithItsFirstRevision() throws Exception {
        mvc.perform(as(administrator, post("/directory/new")).param("name", "Tuesday Knit and Natter")
                        .param("description", "Knitting and a chat over tea").param("category", "group-or-club")
                        .param("area", area).param("cost", "DONATION").param("costDetails", "£1 for tea")
                        .param("website", "https://knit.example.org").param("version", "0"))
                .andExpect(redirectedUrlPattern("/directory/*"));
        String id = jdbc.queryForObject("select cast(id as varchar) from directory_entry where area = ?", String.class, area);
        mvc.perform(as(coordinator, get("/directory/" + id)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tuesday Knit and Natter")))
                .andExpect(content().string(containsString("Group or club")))
                .andExpect(content().string(containsString("Donation: £1 for tea")))
                .andExpect(content().string(containsString("by " + administrator.username())))
                .andExpect(content().string(containsString("No plans")))
                .andExpect(content().string(containsString("Added")))
                .andExpect(content().string(not(containsString("Never checked"))))
                .andExpect(content().string(not(containsString("Change this entry"))));
    }

    @Test
    void mistakesAreShownByTheirFieldsAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(as(administrator, post("/directory/new")).param("name", "").param("description", "Kept words")
                        .param("category", "").param("area", area).param("email", "not-an-email")
                        .param("website", "example.org").param("phone", "call me"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the name")))
                .andExpect(content().string(containsString("Choose a category")))
                .andExpect(content().string(containsString("Enter an email address in the correct format")))
                .andExpect(content().string(containsString("starting http:// or https://")))
                .andExpect(content().string(containsString("Enter a phone number")))
                .andExpect(content().string(containsString("Kept words")));
        mvc.perform(as(administrator, post("/directory/new")).param("name", "Bad").param("description", "x")
                        .param("category", "flying").param("area", area).param("cost", "LOTS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a cost from the list")));
        mvc.perform(as(administrator, post("/directory/new")).param("name", "Bad").param("description", "x")
                        .param("category", "flying").param("area", area))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a category from the list")));
        assertThat(jdbc.queryForObject("select count(*) from directory_entry where area = ?", Integer.class, area)).isZero();
    }

    @Test
    void aSecondEntryWithTheSameNameInTheSameAreaIsRefused() throws Exception {
        added("Book Club", "library", "Reading together");
        mvc.perform(as(administrator, post("/directory/new")).param("name", "book club").param("description", "Again")
                        .param("category", "library").param("area", area.toUpperCase()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is already an entry with this name in")));
    }

    @Test
    void aStaleChangeIsRefusedWithA409AndBothVersionsAreShown() throws Exception {
        DirectoryEntry entry = added("Lunch Club", "group-or-club", "Hot lunch on Wednesdays");
        String edit = "/directory/" + entry.id() + "/edit";
        mvc.perform(as(administrator, get(edit))).andExpect(content().string(containsString("Hot lunch on Wednesdays")));
        mvc.perform(filled(as(administrator, post(edit)), draft("Lunch Club", "group-or-club", "Hot lunch on Thursdays now"))
                        .param("version", "" + entry.version()))
                .andExpect(redirectedUrlPattern("/directory/*"));
        mvc.perform(filled(as(administrator, post(edit)), draft("Lunch Club", "group-or-club", "My late change"))
                        .param("version", "" + entry.version()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("What is saved now")))
                .andExpect(content().string(containsString("Hot lunch on Thursdays now")))
                .andExpect(content().string(containsString("My late change")));
        mvc.perform(as(coordinator, get("/directory/" + entry.id())))
                .andExpect(content().string(containsString("Hot lunch on Thursdays now")))
                .andExpect(content().string(containsString("Changed: Description")));
    }

    @Test
    void retiringTakesAnEntryOutOfSearchesAndReinstatingBringsItBackWithBothInTheHistory() throws Exception {
        DirectoryEntry entry = added("Old Swimming Club", "leisure", "Lengths at the baths");
        String page = "/directory/" + entry.id();
        mvc.perform(as(administrator, post(page + "/retire"))).andExpect(redirectedUrl(page));
        mvc.perform(as(coordinator, get("/directory").param("area", area)))
                .andExpect(content().string(not(containsString("Old Swimming Club"))));
        mvc.perform(as(coordinator, get(page))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Retired")));
        mvc.perform(as(administrator, get(page + "/edit")).param("x", "y")).andExpect(status().isOk());
        mvc.perform(as(administrator, post(page + "/edit")).param("name", "Old Swimming Club").param("description", "x")
                        .param("category", "leisure").param("area", area).param("version", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("reinstate it before changing it")));
        mvc.perform(as(administrator, post(page + "/reinstate"))).andExpect(redirectedUrl(page));
        mvc.perform(as(coordinator, get("/directory").param("area", area)))
                .andExpect(content().string(containsString("Old Swimming Club")));
        mvc.perform(as(coordinator, get(page)))
                .andExpect(content().string(containsString("Reinstated")))
                .andExpect(content().string(containsString("Retired")));
        assertThat(jdbc.queryForList("select kind from directory_revision where entry_id = ? order by number",
                String.class, entry.id())).containsExactly("ADDED", "RETIRED", "REINSTATED");
    }

    @Test
    void markingAnEntryCheckedIsOneClickAndAudited() throws Exception {
        DirectoryEntry entry = added("Repair Café", "cafe", "Mend things");
        long before = jdbc.queryForObject("select max(seq) from audit_event", Long.class);
        mvc.perform(as(administrator, post("/directory/" + entry.id() + "/checked")))
                .andExpect(redirectedUrl("/directory/" + entry.id()));
        assertThat(jdbc.queryForList("select action || ' ' || detail from audit_event where seq > ? and record_id = ?",
                String.class, before, entry.id())).containsExactly("UPDATED Marked a directory entry as checked");
        mvc.perform(as(coordinator, get("/directory/" + entry.id()))).andExpect(content().string(containsString("Checked")));
    }

    @Test
    void theEntryPageShowsAnAdministratorWhatTheyCanDo() throws Exception {
        DirectoryEntry entry = added("Community Fridge", "other", "Free food");
        mvc.perform(as(administrator, get("/directory/" + entry.id())))
                .andExpect(content().string(containsString("Change this entry")))
                .andExpect(content().string(containsString("Mark as checked today")))
                .andExpect(content().string(containsString("Retire this entry")))
                .andExpect(content().string(containsString("action=\"/directory/" + entry.id() + "/checked\"")))
                .andExpect(content().string(containsString("formaction=\"/directory/" + entry.id() + "/retire\"")));
    }
}
