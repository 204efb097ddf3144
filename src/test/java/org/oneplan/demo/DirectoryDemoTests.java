package org.oneplan.demo;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The demo's community directory: invented resources in North and South, one old check, one never, one retired. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:oneplan-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class DirectoryDemoTests {

    @Autowired MockMvc mvc;

    static MockHttpServletRequestBuilder as(String user, String path) {
        return get(path).header("Authorization", "Bearer demo-" + user + "-token");
    }

    @Test
    void theDemoDirectoryHasSeventeenCurrentEntriesAcrossBothLocalities() throws Exception {
        mvc.perform(as("coordinator", "/api/v1/directory?size=100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(17))
                .andExpect(jsonPath("$.items[?(@.freshness == 'OVER_A_YEAR')].name").value(
                        org.hamcrest.Matchers.containsInAnyOrder("Men in Sheds Northfield", "Good Neighbours Befriending")))
                .andExpect(jsonPath("$.items[?(@.freshness == 'NEVER')].name").value(
                        org.hamcrest.Matchers.contains("Riverside Repair Café")));
        mvc.perform(as("coordinator", "/api/v1/directory?area=north")).andExpect(jsonPath("$.totalItems").value(9));
        mvc.perform(as("coordinator", "/api/v1/directory?area=South")).andExpect(jsonPath("$.totalItems").value(8));
        mvc.perform(as("administrator", "/api/v1/directory?retired=true&q=lido"))
                .andExpect(jsonPath("$.items[0].retired").value(true));
    }
}
