package org.oneplan.directory;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.oneplan.access.internal.UserAccount;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The directory's JSON API, with bearer tokens: staff search and read, administrators write with If-Match. */
class DirectoryApiTests extends DirectorySupport {

    ResultActions call(UserAccount account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + accounts.newApiToken(account))
                .contentType(MediaType.APPLICATION_JSON));
    }

    String body(String name, String description) {
        return "{\"name\":\"" + name + "\",\"description\":\"" + description + "\",\"category\":\"timebank\","
                + "\"area\":\"" + area + "\",\"phone\":\"01632 960123\",\"cost\":\"FREE\"}";
    }

    @Test
    void anAdministratorAddsReadsAndChangesAnEntryWithItsETag() throws Exception {
        var created = call(administrator, post("/api/v1/directory").content(body("Swap Shop", "Hour for an hour")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.categoryLabel").value("TimeBank"))
                .andExpect(jsonPath("$.freshness").value("RECENT"))
                .andExpect(jsonPath("$.plansUsing").value(0));
        String location = created.andReturn().getResponse().getHeader("Location");
        call(coordinator, get(location)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.name").value("Swap Shop"));
        call(administrator, put(location).header("If-Match", "\"0\"").content(body("Swap Shop", "Now on Saturdays")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.description").value("Now on Saturdays"));
        call(administrator, put(location).header("If-Match", "\"0\"").content(body("Swap Shop", "Late")))
                .andExpect(status().isPreconditionFailed());
        call(administrator, put(location).content(body("Swap Shop", "No tag")))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void searchFindsByWordsCategoryAndAreaAPageAtATime() throws Exception {
        added("Walking Group", "leisure", "Gentle walks");
        added("Swimming", "leisure", "Lengths");
        added("Book Club", "library", "Reading");
        call(coordinator, get("/api/v1/directory").param("area", area).param("category", "leisure").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items[0].name").value("Swimming"));
        call(coordinator, get("/api/v1/directory").param("area", area).param("q", "walks"))
                .andExpect(jsonPath("$.items[0].name").value("Walking Group"))
                .andExpect(jsonPath("$.totalItems").value(1));
        call(coordinator, get("/api/v1/directory/categories")).andExpect(jsonPath("$[0].code").value("timebank"));
    }

    @Test
    void retiringAndReinstatingThroughTheApi() throws Exception {
        String id = added("Old Club", "group-or-club", "Closed").id().toString();
        call(administrator, post("/api/v1/directory/" + id + "/retire")).andExpect(status().isOk())
                .andExpect(jsonPath("$.retired").value(true));
        call(administrator, post("/api/v1/directory/" + id + "/retire")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("This entry is already retired"));
        call(coordinator, get("/api/v1/directory").param("area", area)).andExpect(jsonPath("$.totalItems").value(0));
        call(administrator, get("/api/v1/directory").param("area", area).param("retired", "true"))
                .andExpect(jsonPath("$.totalItems").value(1));
        call(administrator, post("/api/v1/directory/" + id + "/reinstate")).andExpect(jsonPath("$.retired").value(false));
        call(administrator, post("/api/v1/directory/" + id + "/checked")).andExpect(status().isOk())
                .andExpect(jsonPath("$.checkedBy").value(administrator.username()));
    }

    @Test
    void badValuesAreRefusedFieldByField() throws Exception {
        call(administrator, post("/api/v1/directory").content("{\"name\":\"\",\"category\":\"timebank\",\"area\":\""
                        + area + "\",\"email\":\"nope\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field=='name')].message").value("Enter the name"))
                .andExpect(jsonPath("$.errors[?(@.field=='email')]").exists());
        call(administrator, post("/api/v1/directory").content(body("X", "Y").replace("timebank", "bakery")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        call(administrator, post("/api/v1/directory").content(body("X", "Y").replace("FREE", "CHEAP")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aCoordinatorCannotWriteAndAnUnknownEntryIsNotFound() throws Exception {
        call(coordinator, post("/api/v1/directory").content(body("Mine", "x"))).andExpect(status().isForbidden());
        String id = added("Library", "library", "Books").id().toString();
        call(coordinator, post("/api/v1/directory/" + id + "/retire")).andExpect(status().isForbidden());
        call(coordinator, get("/api/v1/directory/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        String read = call(coordinator, get("/api/v1/directory/" + id)).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(read, "$.name")).isEqualTo("Library");
    }
}
