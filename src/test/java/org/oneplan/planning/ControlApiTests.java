package org.oneplan.planning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** "How will you stay in control?" through the API: risks, contingency plans and who the plan is shared with. */
class ControlApiTests extends PlanApiSupport {

    static String item(String first, String whose) {
        return json("first", first, "second", "Walking to the shop", "third", "A stick and a phone", "whose", whose);
    }

    @Test
    void aRiskIsAddedChangedAndRemovedWithItsVersion() throws Exception {
        String address = location(call(post(plan("risks")).content(item("I might fall", "PERSON")))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.list").value("RISKS")));
        String changed = item("I might fall on the hill", "PRACTITIONER");
        call(put(address).content(changed)).andExpect(status().isPreconditionRequired());
        call(put(address).content(changed).header("If-Match", "\"2\"")).andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.currentVersion").value(0));
        call(put(address).content(changed).header("If-Match", "not-a-version")).andExpect(status().isPreconditionFailed());
        call(put(address).content(changed).header("If-Match", "\"0\"")).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.whose").value("PRACTITIONER"));
        call(get(address)).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.first").value("I might fall on the hill"));
        call(get(address.replace("/risks/", "/contingencies/"))).andExpect(status().isNotFound());
        call(delete(address)).andExpect(status().isPreconditionRequired());
        call(delete(address).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
        call(get(plan("risks"))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void contingenciesAndSharingCompleteStayingInControl() throws Exception {
        call(post(plan("contingencies")).content(item("If my carer is ill", "PERSON"))).andExpect(status().isCreated());
        call(get(plan())).andExpect(jsonPath("$.sections[?(@.key=='control')].status").value("IN_PROGRESS"));
        String sharing = json("text", "My son and my GP", "whose", "PERSON", "noRisksDiscussed", true);
        call(put(plan("sharing")).content(sharing)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\"")).andExpect(jsonPath("$.words.text").value("My son and my GP"));
        call(put(plan("sharing")).content(sharing)).andExpect(status().isPreconditionRequired());
        call(get(plan("sharing"))).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.noRisksDiscussed").value(true));
        call(get(plan("contingencies"))).andExpect(jsonPath("$[0].first").value("If my carer is ill"));
        call(get(plan())).andExpect(jsonPath("$.sections[?(@.key=='control')].status").value("COMPLETED"));
    }

    @Test
    void badItemsAreRefusedByFieldWithTheListsOwnWords() throws Exception {
        call(post(plan("risks")).content(json("first", "f".repeat(2001), "second", "s", "third", "t")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='first')].message").value("This must be 2000 characters or fewer"))
                .andExpect(jsonPath("$.errors[?(@.field=='whose')].message").value("Select whose words these are"));
        call(post(plan("contingencies")).content(json("first", " ", "second", "s", "third", "t", "whose", "PERSON")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("first"))
                .andExpect(jsonPath("$.detail").value("Enter what might happen"));
        call(put(plan("sharing")).content(json("text", "Everyone", "whose", "SUPPORTER")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("whoseName"));
        call(get(plan("sharing"))).andExpect(status().isNotFound());
    }
}
