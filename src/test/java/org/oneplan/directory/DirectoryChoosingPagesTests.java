package org.oneplan.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The search for a form of a plan ({@code ?for=}): "Choose" goes back to that form, and only to a form on this site. */
class DirectoryChoosingPagesTests extends DirectorySupport {

    static final String FORM = "/people/" + UUID.randomUUID() + "/plan/actions/new";

    @Test
    void eachEntryThatCanBeLinkedHasAChooseButtonBackToTheFormAndTheSearchKeepsTheForm() throws Exception {
        UUID open = added("Riverside TimeBank", "timebank", "Swap hours").id();
        UUID retired = added("Closed TimeBank", "timebank", "Swapped hours").id();
        asAdministrator(() -> maintenance.retire(retired));
        mvc.perform(as(administrator, get("/directory")).param("for", FORM).param("area", area).param("retired", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are choosing a resource for a plan")))
                .andExpect(content().string(containsString("class=\"govuk-back-link\"")))
                .andExpect(content().string(containsString("href=\"" + FORM + "\"")))
                .andExpect(content().string(containsString("href=\"" + FORM + "?entry=" + open + "\"")))
                .andExpect(content().string(not(containsString("?entry=" + retired))))
                .andExpect(content().string(containsString("name=\"for\" value=\"" + FORM + "\"")));
    }

    @Test
    void aForThatIsNotAPlanFormOnThisSiteIsIgnored() throws Exception {
        added("Riverside TimeBank", "timebank", "Swap hours");
        for (String elsewhere : new String[] {"https://evil.example" + FORM, "//evil.example" + FORM,
                "/people/../../admin", FORM + "/../../../admin", "javascript:alert(1)", FORM + "?next=//evil.example"}) {
            mvc.perform(as(coordinator, get("/directory")).param("for", elsewhere).param("area", area))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Riverside TimeBank")))
                    .andExpect(content().string(not(containsString("?entry="))))
                    .andExpect(content().string(not(containsString("evil.example"))))
                    .andExpect(content().string(not(containsString("name=\"for\""))));
        }
    }
}
