package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;
import org.oneplan.support.PdfChecks;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PlanPdfTests extends PlanPagesSupport {

    byte[] download(String query) throws Exception {
        return mvc.perform(as(coordinator, get(plan() + "/plan.pdf" + query))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void thePlanPrintsAsATaggedPdfWithEmbeddedFontsAndThePersonsWords() throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/matters-now")).param("text", "My cat <b>Tibbles</b>").param("whose", "PERSON"));
        try (PDDocument pdf = Loader.loadPDF(download(""))) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Care and support plan: Ada Plan");
            assertThat(PdfChecks.structureTypes(pdf.getDocumentCatalog().getStructureTreeRoot()))
                    .contains("H1", "H2", "Table", "TH", "TD");
            assertThat(PdfChecks.fonts(pdf)).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
        assertThat(PdfChecks.text(download(""))).contains("What matters to me now", "My cat <b>Tibbles</b>",
                "The person's own words", "it is not an agreed version");
    }

    @Test
    void thePlanMeetsPdfUaAndPdfAAsVeraPdfChecksThem() throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/matters-now")).param("text", "My cat <b>Tibbles</b> & me")
                .param("whose", "PERSON"));
        byte[] pdf = download("?variant=large-print");
        assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void largePrintIsAskedForOrChosenFromTheirCommunicationNeeds() throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/matters-now")).param("text", "Words").param("whose", "PERSON"));
        try (PDDocument standard = Loader.loadPDF(download("")); PDDocument large = Loader.loadPDF(download("?variant=large-print"))) {
            assertThat(PdfChecks.bodyFontSize(large)).isGreaterThanOrEqualTo(16f)
                    .isGreaterThan(PdfChecks.bodyFontSize(standard));
        }
        jdbc.update("insert into person_information_format (person_id, format) values (?, 'LARGE_PRINT')", person);
        try (PDDocument preferred = Loader.loadPDF(download("")); PDDocument standard = Loader.loadPDF(download("?variant=standard"))) {
            assertThat(PdfChecks.bodyFontSize(preferred)).isGreaterThanOrEqualTo(16f);
            assertThat(PdfChecks.bodyFontSize(standard)).isLessThan(16f);
        }
    }

    @Test
    void onlyPeopleWhoMaySeeThePersonGetTheirPlan() throws Exception {
        var other = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.COORDINATOR);
        mvc.perform(as(other, get(plan() + "/plan.pdf"))).andExpect(status().isNotFound());
        mvc.perform(as(coordinator, get(plan() + "/plan.pdf?version=3"))).andExpect(status().isNotFound());
    }
}
