package org.oneplan.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Prints a Thymeleaf template as an accessible PDF: tagged (PDF/UA) and archivable (PDF/A-3u), with
 * Liberation Sans embedded. The template must be a standalone, well-formed XHTML document whose CSS uses
 * {@link #FONT_FAMILY} only, since any other font would not be embedded. It works outside a request, so
 * it may use {@code #{...}} messages but not {@code @{...}} links.
 */
@Service
public class PdfDocuments {

    public static final String FONT_FAMILY = "Liberation Sans";

    /** Control characters that XML 1.0 forbids; typed text could hold them and break the parse. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

    private final SpringTemplateEngine templates;
    private final byte[] regular = font("LiberationSans-Regular.ttf");
    private final byte[] bold = font("LiberationSans-Bold.ttf");
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public PdfDocuments(SpringTemplateEngine templates) {
        this.templates = templates;
        XRLog.setLoggerImpl(new PdfRendererLog());
    }

    /** The template, given its model and the locale for messages and dates, as the bytes of a PDF file. */
    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        String html = NOT_XML.matcher(templates.process(template, new Context(locale, model))).replaceAll("");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_U)
                .useColorProfile(srgb)
                .useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                // Nothing outside the document itself is fetched, whatever a template or typed text refers to.
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withProducer("OnePlan")
                .withHtmlContent(html, null)
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
