package org.oneplan.planning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.oneplan.people.Circle;
import org.oneplan.people.CircleMemberDetails;

/** The person, and a supporter they share their record with, write their own answers when signed in. */
class OwnWordsPagesTests extends PlanPagesSupport {

    @Test
    void thePersonWritesWhatMattersToThemAndItIsRecordedAsTheirOwnWords() throws Exception {
        UserAccount own = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        mvc.perform(as(own, get(plan()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/people/" + person + "/plan/matters-now\"")))
                .andExpect(content().string(not(containsString("href=\"/people/" + person + "/plan/how-told\""))));
        mvc.perform(as(own, get(plan() + "/matters-now"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("saved as your own words")))
                .andExpect(content().string(not(containsString("name=\"whose\""))));
        mvc.perform(as(own, post(plan() + "/matters-now")).param("text", "My garden and my grandson")
                        .param("whose", "PRACTITIONER"))
                .andExpect(status().is3xxRedirection());
        assertWords("matters-now", "PERSON", null, own.username());
    }

    @Test
    void aSupporterTheyShareWithWritesAsThemselvesByName() throws Exception {
        UserAccount supporter = accounts.newUser(Set.of(), Role.SUPPORTER);
        testPeople.addToCircle(person, new CircleMemberDetails("Jo Words", "Daughter", Circle.INTIMACY, Set.of(),
                null, null, true), supporter.id());
        mvc.perform(as(supporter, post(plan() + "/like-admire")).param("text", "Her laugh and her patience"))
                .andExpect(status().is3xxRedirection());
        assertWords("like-admire", "SUPPORTER", supporter.displayName(), supporter.username());
    }

    @Test
    void thePersonCannotWriteWhatThoseWhoPlanWriteNorAnotherPersonsPlan() throws Exception {
        UserAccount own = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        mvc.perform(as(own, get(plan() + "/how-told"))).andExpect(status().isForbidden());
        mvc.perform(as(own, post(plan() + "/how-told")).param("text", "Told me myself"))
                .andExpect(status().isForbidden());
        var other = testPeople.onCaseload(team, "Other", "Person").id();
        mvc.perform(as(coordinator, post("/people/" + other + "/plan")));
        mvc.perform(as(own, post("/people/" + other + "/plan/matters-now")).param("text", "Not mine"))
                .andExpect(status().isNotFound());
        UserAccount notShared = accounts.newUser(Set.of(), Role.SUPPORTER);
        testPeople.addToCircle(person, new CircleMemberDetails("Kit", "Friend", Circle.FRIENDSHIP, Set.of(),
                null, null, false), notShared.id());
        mvc.perform(as(notShared, post(plan() + "/matters-now")).param("text", "Not shared with me"))
                .andExpect(status().isNotFound());
        Integer answers = jdbc.queryForObject("select count(*) from plan_entry e join care_plan p on p.id = e.plan_id "
                + "where p.person_id = ?", Integer.class, person);
        org.assertj.core.api.Assertions.assertThat(answers).isZero();
    }

    private void assertWords(String prompt, String whose, String whoseName, String writtenBy) {
        var row = jdbc.queryForMap("select e.whose, e.whose_name, e.written_by from plan_entry e join care_plan p "
                + "on p.id = e.plan_id where p.person_id = ? and e.prompt = ?", person,
                PlanPrompt.ofSlug(prompt).orElseThrow().name());
        org.assertj.core.api.Assertions.assertThat(row).containsEntry("WHOSE", whose)
                .containsEntry("WHOSE_NAME", whoseName).containsEntry("WRITTEN_BY", writtenBy);
    }
}
