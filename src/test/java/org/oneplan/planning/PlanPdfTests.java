package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.oneplan.access.Role;

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
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("What matters to me now", "My cat <b>Tibbles</b>", "The person's own words",
                    "it is not an agreed version");
        }
    }

    @Test
    void largePrintIsAskedForOrChosenFromTheirCommunicationNeeds() throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/matters-now")).param("text", "Words").param("whose", "PERSON"));
        try (PDDocument standard = Loader.loadPDF(download("")); PDDocument large = Loader.loadPDF(download("?variant=large-print"))) {
            float standardSize = fontSizeOf(standard);
            float largeSize = fontSizeOf(large);
            assertThat(largeSize).isGreaterThanOrEqualTo(16f).isGreaterThan(standardSize);
        }
    }

    @Test
    void onlyPeopleWhoMaySeeThePersonGetTheirPlan() throws Exception {
        var other = accounts.newUser(Set.of(accounts.newTeam("Other").id()), Role.COORDINATOR);
        mvc.perform(as(other, get(plan() + "/plan.pdf"))).andExpect(status().isNotFound());
        mvc.perform(as(coordinator, get(plan() + "/plan.pdf?version=3"))).andExpect(status().isNotFound());
    }

    /** The size of the body text: the most common font size on the first page. */
    private static float fontSizeOf(PDDocument pdf) throws Exception {
        var sizes = new java.util.HashMap<Float, Integer>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                sizes.merge(text.getFontSizeInPt(), 1, Integer::sum);
            }
        };
        stripper.setEndPage(1);
        stripper.getText(pdf);
        return sizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
