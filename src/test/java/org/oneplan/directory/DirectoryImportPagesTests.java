package org.oneplan.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.oneplan.access.internal.UserAccount;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** Importing entries from a CSV file: valid rows in, refused rows reported by line with their reasons. */
class DirectoryImportPagesTests extends DirectorySupport {

    ResultActions upload(UserAccount who, String csv) throws Exception {
        return mvc.perform(as(who, multipart("/directory/import").file(new MockMultipartFile("file", "entries.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8)))));
    }

    /** The report page the upload led to, read in the upload's session (where the report waits, as a flash attribute). */
    ResultActions report(MvcResult upload) throws Exception {
        return mvc.perform(as(administrator, get(upload.getResponse().getRedirectedUrl()))
                .cookie(upload.getResponse().getCookie("SESSION")));
    }

    String rows(String... rows) {
        return "name,description,category,area,cost,last_checked\n" + String.join("\n", rows).replace("AREA", area) + "\n";
    }

    @Test
    void validRowsAreImportedAndRefusedOnesAreReportedByLineWithTheirReasons() throws Exception {
        added("Swap Shop", "timebank", "Old words");
        upload(administrator, rows("Walking Group,Gentle walks,leisure,AREA,free,2020-01-15",
                "swap shop,New words for the swap shop,TimeBank,AREA,,",
                ",No name here,leisure,AREA,,",
                "Knit Club,Knitting,knitting,AREA,cheap,",
                "Walking group,The same again,leisure,AREA,,"))
                .andExpect(redirectedUrl("/directory/import/report"));
        assertThat(jdbc.queryForList("select name from directory_entry where area = ? order by name", String.class, area))
                .containsExactlyInAnyOrder("swap shop", "Walking Group");
        assertThat(jdbc.queryForList("select kind from directory_revision r join directory_entry e on e.id = r.entry_id "
                + "where e.area = ? and e.name = 'swap shop' order by r.number", String.class, area))
                .containsExactly("ADDED", "UPDATED_BY_IMPORT");
        String walking = jdbc.queryForObject("select cast(id as varchar) from directory_entry where area = ? and name = ?",
                String.class, area, "Walking Group");
        mvc.perform(as(coordinator, get("/directory/" + walking)))
                .andExpect(content().string(containsString("Not checked for over a year")))
                .andExpect(content().string(containsString("Added by an import")));
    }

    @Test
    void theReportPageListsWhatHappened() throws Exception {
        var result = upload(administrator, rows("Walking Group,Gentle walks,leisure,AREA,free,",
                ",No name here,leisure,AREA,,", "Knit Club,Knitting,knitting,AREA,cheap,"))
                .andReturn();
        report(result)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Import report")))
                .andExpect(content().string(containsString("1 row was imported")))
                .andExpect(content().string(containsString("Rows not imported")))
                .andExpect(content().string(containsString("Enter the name")))
                .andExpect(content().string(containsString("‘knitting’ is not a category")))
                .andExpect(content().string(containsString("‘cheap’ is not a cost")))
                .andExpect(content().string(containsString("<td class=\"govuk-table__cell\">4</td>")));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        String csv = rows("Walking Group,Gentle walks,leisure,AREA,free,");
        upload(administrator, csv);
        var again = upload(administrator, csv).andReturn();
        report(again)
                .andExpect(content().string(containsString("No rows were imported")))
                .andExpect(content().string(containsString("Entries already up to date")))
                .andExpect(content().string(not(containsString("Fix these rows"))));
        assertThat(jdbc.queryForObject("select count(*) from directory_revision r join directory_entry e "
                + "on e.id = r.entry_id where e.area = ?", Integer.class, area)).isEqualTo(1);
    }

    @Test
    void aFileWithABadHeaderIsRefusedOnTheFormAndNothingIsImported() throws Exception {
        upload(administrator, "name,description,colour\nA,B,red\n")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The file has columns nobody knows: colour")))
                .andExpect(content().string(containsString("The file has no ‘area’ column")));
        mvc.perform(as(administrator, multipart("/directory/import")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select a CSV file")));
    }

    @Test
    void theReportPageWithoutAnImportGoesBackToTheImportPage() throws Exception {
        mvc.perform(as(administrator, get("/directory/import/report"))).andExpect(redirectedUrl("/directory/import"));
        mvc.perform(as(administrator, get("/directory/import")))
                .andExpect(content().string(containsString("same name and area")))
                .andExpect(content().string(containsString("opening_times")));
        mvc.perform(as(administrator, get("/directory/import/example.csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString("Northfield TimeBank")));
    }
}
