package org.oneplan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.oneplan.support.PdfChecks;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class ProfilePdfTests extends PlanPagesSupport {

    static final String PROFILE = "?document=one-page-profile";

    byte[] download(String query) throws Exception {
        return mvc.perform(as(coordinator, get(plan() + "/plan.pdf" + query))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    void write(String prompt, String text, String whose) throws Exception {
        mvc.perform(as(coordinator, post(plan() + "/" + prompt)).param("text", text).param("whose", whose)
                .param("whoseName", "Jo Plan")).andExpect(status().is3xxRedirection());
    }

    /** An agreed version holding what the person once said people like about them. */
    void agreedVersion(int number, String likeAdmire) {
        UUID plan = jdbc.queryForObject("select id from care_plan where person_id = ?", UUID.class, person);
        String content = """
                [{"section":"IMPORTANT","title":"What is important to me","items":[
                {"label":"What people like and admire about me","text":"%s","whose":"The person's own words"}]}]"""
                .formatted(likeAdmire);
        jdbc.update("insert into plan_version (id, plan_id, number, content, content_hash, agreed_at, recorded_by) "
                + "values (?, ?, ?, ?, 'x', current_timestamp, 'sam')", UUID.randomUUID(), plan, number, content);
    }

    @Test
    void theProfileHasTheNameAndItsThreeHeadingsWithTheWordsAndWhoseTheyAre() throws Exception {
        write("like-admire", "My laugh & my <b>cooking</b>", "PERSON");
        write("how-to-support", "Talk to me slowly", "SUPPORTER");
        write("matters-now", "Not on the profile", "PERSON");
        byte[] pdf = download(PROFILE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("One-page profile: Ada Plan");
            assertThat(PdfChecks.structureTypes(document.getDocumentCatalog().getStructureTreeRoot())).contains("H1", "H2");
            assertThat(PdfChecks.fonts(document)).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(PdfChecks.text(pdf)).contains("One-page profile", "Ada Plan",
                "What people like and admire about me", "My laugh & my <b>cooking</b>", "The person's own words",
                "What is important to me", "Not written yet.",
                "How best to support me", "Talk to me slowly", "Jo Plan, supporter",
                "it is not an agreed version").doesNotContain("Not on the profile", "What matters to me now");
    }

    @Test
    void theProfileMeetsPdfUaAndPdfAAsVeraPdfChecksThem() throws Exception {
        write("important-to-me", "My garden\nand my dog", "PERSON");
        for (String variant : new String[] {"", "&variant=large-print"}) {
            byte[] pdf = download(PROFILE + variant);
            assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFUA_1)).as(variant).isEmpty();
            assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFA_3_U)).as(variant).isEmpty();
        }
    }

    @Test
    void largePrintIsAskedForOrChosenFromTheirCommunicationNeeds() throws Exception {
        write("important-to-me", "My garden", "PERSON");
        try (PDDocument standard = Loader.loadPDF(download(PROFILE));
             PDDocument large = Loader.loadPDF(download(PROFILE + "&variant=large-print"))) {
            assertThat(PdfChecks.bodyFontSize(large)).isGreaterThanOrEqualTo(16f)
                    .isGreaterThan(PdfChecks.bodyFontSize(standard));
        }
        jdbc.update("insert into person_information_format (person_id, format) values (?, 'LARGE_PRINT')", person);
        mvc.perform(as(coordinator, get(plan() + "/plan.pdf" + PROFILE)))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"one-page-profile-large-print.pdf\""));
        try (PDDocument preferred = Loader.loadPDF(download(PROFILE))) {
            assertThat(PdfChecks.bodyFontSize(preferred)).isGreaterThanOrEqualTo(16f);
        }
    }

    @Test
    void anAgreedVersionsProfileShowsWhatWasAgreedNotWhatIsWrittenNow() throws Exception {
        agreedVersion(1, "My singing");
        write("like-admire", "My cooking", "PERSON");
        String text = PdfChecks.text(download(PROFILE + "&version=1"));
        assertThat(text).contains("Version 1, as agreed", "My singing").doesNotContain("My cooking");
        mvc.perform(as(coordinator, get(plan() + "/plan.pdf" + PROFILE + "&version=2"))).andExpect(status().isNotFound());
    }

    @Test
    void aDocumentOrVariantTheAddressDoesNotKnowIsABadRequestThatSaysSo() throws Exception {
        mvc.perform(as(coordinator, get(plan() + "/plan.pdf?document=easy-read"))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The document must be the whole plan")))
                .andExpect(content().string(containsString("href=\"" + plan() + "\"")));
        mvc.perform(as(coordinator, get(plan() + "/plan.pdf?document=easy-read")).accept("application/pdf"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(coordinator, get(plan() + "/plan.pdf?variant=huge"))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The variant must be large-print or standard")));
    }

    @Test
    void thePlanPageAndAVersionPageLinkToTheProfileAndThePlanPageToTheCopiesGiven() throws Exception {
        mvc.perform(as(coordinator, get(plan())))
                .andExpect(content().string(containsString("href=\"" + plan() + "/plan.pdf?document=one-page-profile\"")))
                .andExpect(content().string(containsString(
                        "href=\"" + plan() + "/plan.pdf?document=one-page-profile&amp;variant=large-print\"")))
                .andExpect(content().string(containsString("href=\"" + plan() + "/copies\"")));
        agreedVersion(1, "My singing");
        mvc.perform(as(coordinator, get(plan() + "/versions/1")))
                .andExpect(content().string(containsString(
                        "href=\"" + plan() + "/plan.pdf?version=1&amp;document=one-page-profile\"")));
    }
}
