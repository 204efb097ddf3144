package org.oneplan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The veraPDF check finds what it should, so that an empty list of failures means something. */
class PdfChecksTests {

    @Test
    void anUntaggedPdfBreaksPdfUaAndPdfA() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(bytes);
        }
        assertThat(PdfChecks.failures(bytes.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty()
                .anySatisfy(f -> assertThat(f).startsWith("7.1"));
        assertThat(PdfChecks.failures(bytes.toByteArray(), PDFAFlavour.PDFA_3_U)).isNotEmpty();
    }
}
