package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.access.internal.UserAccount;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The plan's parts have the pages' access rules: those who may see the person read them; only coordinators,
 * administrators and managers of the person's teams write them. Someone who may not see the person finds nothing.
 */
class PlanSectionApiAccessTests extends PlanApiSupport {

    static final String ANY_ID = "00000000-0000-0000-0000-000000000001";

    List<MockHttpServletRequestBuilder> writes(String outcomeId) {
        String words = json("text", "Not mine to write", "whose", "PERSON");
        String item = json("first", "f", "second", "s", "third", "t", "whose", "PERSON");
        return List.of(
                post(plan("outcomes")).content(words),
                put(plan("outcomes", outcomeId)).content(words).header("If-Match", "\"0\""),
                delete(plan("outcomes", outcomeId)).header("If-Match", "\"0\""),
                post(plan("outcomes", outcomeId, "options")).content(json("text", "Club", "resource", "COMMUNITY",
                        "why", "Near", "whose", "PERSON")),
                put(plan("needs", "nutrition")).content(json("unable", "NO")),
                put(plan("eligibility")).content(json("decision", "NOT_YET_DECIDED")),
                post(plan("advice")).content(json("what", "w", "givenBy", "g", "givenOn", "2020-01-01", "format", "SPOKEN")),
                put(plan("money")).content(json("budget", "NO")),
                post(plan("risks")).content(item),
                delete(plan("contingencies", ANY_ID)).header("If-Match", "\"0\""),
                put(plan("sharing")).content(words),
                post(plan("actions")).content(json("text", "Go", "owner", "THE_PERSON", "dueDate", "2030-01-01",
                        "outcomeId", outcomeId, "layer", "SELF_CARE")),
                put(plan("review")).content(json("nextReview", "2030-01-01")));
    }

    String anOutcome() throws Exception {
        return read(call(post(plan("outcomes")).content(json("text", "Mine", "whose", "PERSON"))), "$.id");
    }

    void everyWrite(UserAccount account, int expected) throws Exception {
        for (MockHttpServletRequestBuilder write : writes(anOutcome())) {
            var result = call(account, write).andReturn();
            assertThat(result.getResponse().getStatus()).as(result.getRequest().getMethod() + " "
                    + result.getRequest().getRequestURI()).isEqualTo(expected);
        }
    }

    @Test
    void anAuthoriserOfTheTeamReadsThePartsButIsRefusedEveryWrite() throws Exception {
        var authoriser = accounts.newUser(Set.of(team), Role.AUTHORISER);
        everyWrite(authoriser, 403);
        call(authoriser, get(plan("outcomes"))).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        call(authoriser, get(plan("needs"))).andExpect(status().isOk());
        call(get(plan("money"))).andExpect(status().isNotFound());
    }

    @Test
    void thePersonReadsTheirPlansPartsButWritesThemThroughTheirCoordinator() throws Exception {
        var own = accounts.linkToPerson(accounts.newUser(Set.of(), Role.PERSON), person);
        everyWrite(own, 403);
        call(own, get(plan("outcomes"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].words.text", hasItem("Mine")));
    }

    @Test
    void aCoordinatorOfAnotherTeamFindsNothingToReadOrWrite() throws Exception {
        var outsider = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.COORDINATOR);
        everyWrite(outsider, 404);
        for (String part : List.of("outcomes", "needs", "advice", "money", "risks", "sharing", "actions", "review")) {
            call(outsider, get(plan(part))).andExpect(status().isNotFound());
        }
        call(get(plan("outcomes"))).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].words.text").value("Mine"));
    }
}
