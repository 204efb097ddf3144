package org.oneplan.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What the tests ask of a PDF: its words, its structure, its fonts, and what veraPDF finds against a standard. */
public final class PdfChecks {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** The words of the PDF, with line breaks and runs of spaces as single spaces. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** Every structure type in the tagged structure tree ("H1", "Table" ...). */
    public static Set<String> structureTypes(PDStructureNode node) {
        Set<String> types = new TreeSet<>();
        if (node instanceof PDStructureElement element) {
            types.add(element.getStructureType());
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode child) {
                types.addAll(structureTypes(child));
            }
        }
        return types;
    }

    public static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    /** The size of the body text: the most common font size on the first page. */
    public static float bodyFontSize(PDDocument pdf) throws IOException {
        Map<Float, Integer> sizes = new HashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                sizes.merge(text.getFontSizeInPt(), 1, Integer::sum);
            }
        };
        stripper.setEndPage(1);
        stripper.getText(pdf);
        return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The rules of the standard that the PDF breaks, as "clause-test: description"; empty when it complies. */
    public static List<String> failures(byte[] pdf, PDFAFlavour standard) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), standard);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(standard, false)) {
            ValidationResult result = validator.validate(parser);
            return result.isCompliant() ? List.of() : result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                            + a.getMessage())
                    .distinct().toList();
        } catch (ModelParsingException | EncryptedPdfException | ValidationException | IOException e) {
            throw new IllegalStateException("veraPDF could not read the PDF", e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
