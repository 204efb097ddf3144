package org.oneplan.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.support.OnePlanSpringBootTest;
import org.oneplan.support.PdfChecks;
import org.oneplan.support.TestAccounts;
import org.springframework.context.annotation.Import;
import org.verapdf.pdfa.flavours.PDFAFlavour;

@OnePlanSpringBootTest
@Import(TestAccounts.Config.class)
class AssessmentReportTests extends AssessmentPagesSupport {

    /** An assessment with one answered item, its summary of actions, and an action plan with a step. */
    String assessed() throws Exception {
        String id = start();
        mvc.perform(as(manager, post("/self-assessment/" + id + "/items/S1-3a")).param("level", "2")
                .param("note", "We rarely plan before meetings"));
        mvc.perform(as(manager, post("/self-assessment/" + id + "/actions"))
                .param("workTowards[S1-3a]", "Plan with people before every meeting"));
        String plan = mvc.perform(as(manager, post("/self-assessment/" + id + "/plans")).param("itemCode", "S1-3a"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(as(manager, post(plan)).param("why", "People tell us plans are written for them")
                .param("version", "0"));
        mvc.perform(as(manager, post(plan + "/steps")).param("description", "Ask five people").param("owner", "Jo")
                .param("due.day", "1").param("due.month", "1").param("due.year", "2020"));
        return id;
    }

    byte[] download(String id) throws Exception {
        return mvc.perform(as(manager, get("/self-assessment/" + id + "/report.pdf")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"self-assessment-2026-11-01.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theReportIsATaggedPdfInEnglishWithItsTitleShownAndEveryFontEmbedded() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download(assessed()))) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(PdfChecks.structureTypes(catalog.getStructureTreeRoot()))
                    .contains("H1", "H2", "H3", "Table", "Caption", "TH", "TD");
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Self-assessment report: Autumn");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(PdfChecks.fonts(pdf)).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue())
                    .allSatisfy(f -> assertThat(f.getName()).contains("LiberationSans"));
        }
    }

    @Test
    void theReportHoldsTheScoresTheSummaryOfActionsAndThePlans() throws Exception {
        String id = assessed();
        String item = frameworks.find("progress-pcsp").orElseThrow().item("S1-3a").orElseThrow().title();
        String text = PdfChecks.text(download(id));
        assertThat(text).contains("Helen Sanderson Associates", "978-1-910402-21-4", "Sam",
                "A person with lived experience", "By section and stage");
        assertThat(text).contains(item, "S1-3a", "Getting started", "We rarely plan before meetings");
        assertThat(text).contains("Plan with people before every meeting");
        assertThat(text).contains("Top priority", "People tell us plans are written for them", "Ask five people",
                "Jo", "1 January 2020", "Not started", "Overdue?", "Yes");
        assertThat(text).contains("Page 1 of");
    }

    @Test
    void theReportMeetsPdfUaAndPdfAAsVeraPdfChecksThem() throws Exception {
        byte[] pdf = download(assessed());
        assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void typedTextWithCharactersThatXmlForbidsStillPrints() throws Exception {
        String id = start();
        mvc.perform(as(manager, post("/self-assessment/" + id + "/items/S1-1a")).param("level", "3")
                .param("note", "Pasted\u0007 from <an> email & more"));
        assertThat(PdfChecks.text(download(id))).contains("Pasted from <an> email & more");
    }

    @Test
    void theResultsAndActionPlansPagesLinkToTheReport() throws Exception {
        String id = start();
        String link = "href=\"/self-assessment/" + id + "/report.pdf\"";
        assertThat(mvc.perform(as(manager, get("/self-assessment/" + id + "/results")))
                .andReturn().getResponse().getContentAsString()).contains(link, "Print or save as PDF");
        assertThat(mvc.perform(as(manager, get("/self-assessment/" + id + "/plans")))
                .andReturn().getResponse().getContentAsString()).contains(link);
    }

    @Test
    void staffOfAnotherTeamGetNotFoundAndPeopleAreForbidden() throws Exception {
        String id = start();
        var outsider = accounts.newUser(Set.of(accounts.newTeam("Elsewhere").id()), Role.MANAGER);
        mvc.perform(as(outsider, get("/self-assessment/" + id + "/report.pdf"))).andExpect(status().isNotFound());
        mvc.perform(as(accounts.newUser(Set.of(team), Role.PERSON), get("/self-assessment/" + id + "/report.pdf")))
                .andExpect(status().isForbidden());
    }
}
