package org.oneplan.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oneplan.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Finding entries by words, category and area, a page at a time, with retired ones only when asked for. */
class DirectorySearchTests extends DirectorySupport {

    @Autowired Directory directory;

    List<String> names(String words, String category, boolean retired) {
        return SignedIn.as(accounts.principal(administrator), () -> directory.search(
                new DirectorySearch(words, category, area, retired), PageRequest.of(0, 20)))
                .map(DirectoryEntry::name).getContent();
    }

    @Test
    void everyWordMustAppearInTheNameOrDescriptionInAnyCase() {
        added("Riverside Walkers", "leisure", "Gentle walks by the river");
        added("Memory Café", "cafe", "Music and tea for people living with dementia");
        added("Walking Football", "leisure", "Football at walking pace");
        assertThat(names("WALK", null, false)).containsExactly("Riverside Walkers", "Walking Football");
        assertThat(names("walks river", null, false)).containsExactly("Riverside Walkers");
        assertThat(names("river football", null, false)).isEmpty();
        assertThat(names("  dementia  ", null, false)).containsExactly("Memory Café");
        assertThat(names("100%", null, false)).as("a typed % is not a wildcard").isEmpty();
    }

    @Test
    void categoryAndAreaNarrowTheSearch() {
        added("Riverside Walkers", "leisure", "Gentle walks");
        added("Memory Café", "cafe", "Walks and tea");
        assertThat(names("walks", "cafe", false)).containsExactly("Memory Café");
        assertThat(names(null, "leisure", false)).containsExactly("Riverside Walkers");
        List<String> otherArea = SignedIn.as(accounts.principal(coordinator), () -> directory.search(
                new DirectorySearch("walks", null, area.toUpperCase(), false), PageRequest.of(0, 20)))
                .map(DirectoryEntry::name).getContent();
        assertThat(otherArea).as("the area in any case").containsExactly("Memory Café", "Riverside Walkers");
    }

    @Test
    void retiredEntriesAreHiddenUnlessAnAdministratorAsksForThem() {
        DirectoryEntry old = added("Old Club", "group-or-club", "Closed now");
        added("New Club", "group-or-club", "Open");
        asAdministrator(() -> maintenance.retire(old.id()));
        assertThat(names(null, null, false)).containsExactly("New Club");
        assertThat(names(null, null, true)).containsExactly("New Club", "Old Club");
        List<String> coordinatorAsking = SignedIn.as(accounts.principal(coordinator), () -> directory.search(
                new DirectorySearch(null, null, area, true), PageRequest.of(0, 20)))
                .map(DirectoryEntry::name).getContent();
        assertThat(coordinatorAsking).containsExactly("New Club");
    }

    @Test
    void resultsComeAPageAtATimeByName() throws Exception {
        for (int i = 1; i <= 23; i++) {
            added(String.format("Group %02d", i), "group-or-club", "A group");
        }
        mvc.perform(as(coordinator, get("/directory").param("area", area).param("q", "group")))
                .andExpect(content().string(containsString("23 entries")))
                .andExpect(content().string(containsString("Group 20")))
                .andExpect(content().string(not(containsString("Group 21"))))
                .andExpect(content().string(containsString("govuk-pagination")));
        mvc.perform(as(coordinator, get("/directory").param("area", area).param("q", "group").param("page", "1")))
                .andExpect(content().string(containsString("Group 23")))
                .andExpect(content().string(not(containsString("Group 01"))));
    }

    @Test
    void theSearchPageSaysWhenNothingMatches() throws Exception {
        mvc.perform(as(coordinator, get("/directory").param("q", "no-such-resource-" + area)))
                .andExpect(content().string(containsString("No entries match your search")))
                .andExpect(content().string(containsString("Try fewer words")));
    }

    @Test
    void eachResultShowsItsCategoryAreaCostAndTags() throws Exception {
        added("Seated Yoga", "leisure", "Chair yoga");
        mvc.perform(as(coordinator, get("/directory").param("area", area)))
                .andExpect(content().string(containsString("Seated Yoga")))
                .andExpect(content().string(containsString("Leisure")))
                .andExpect(content().string(containsString(area + " · Free · used in no plans")))
                .andExpect(content().string(not(containsString("Add an entry"))))
                .andExpect(content().string(not(containsString("Include retired entries"))));
        mvc.perform(as(administrator, get("/directory").param("area", area)))
                .andExpect(content().string(containsString("Add an entry")))
                .andExpect(content().string(containsString("Include retired entries")));
    }
}
