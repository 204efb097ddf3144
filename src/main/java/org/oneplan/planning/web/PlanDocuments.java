package org.oneplan.planning.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.people.InformationFormat;
import org.oneplan.people.People;
import org.oneplan.people.PersonRecord;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanRuleException;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.VersionView;
import org.oneplan.web.PdfDocuments;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * The plan's printable documents, for the pages and the API alike: the whole plan or the one-page profile,
 * as it stands or as agreed in a version; large print (16 pt and up) when asked for, and by default when the
 * person's communication needs say large print. Reading the plan checks and audits access as usual.
 */
@Service
public class PlanDocuments {

    /** A printable document, by its name in addresses ({@code ?document=}). */
    public enum Document {
        PLAN("plan", "planning/plan-pdf", "care-and-support-plan"),
        ONE_PAGE_PROFILE("one-page-profile", "planning/profile-pdf", "one-page-profile");

        private final String slug;
        private final String template;
        private final String filename;

        Document(String slug, String template, String filename) {
            this.slug = slug;
            this.template = template;
            this.filename = filename;
        }

        public String slug() {
            return slug;
        }

        /** The whole plan when none is named; refused with a message when the name is not a document's. */
        static Document of(String slug) {
            return slug == null || slug.isBlank() ? PLAN : Arrays.stream(values()).filter(d -> d.slug.equals(slug))
                    .findFirst().orElseThrow(() -> new PlanRuleException("document", "outputs.error.document"));
        }
    }

    static final String LARGE_PRINT = "large-print";
    static final String STANDARD = "standard";

    private final PlanVersions versions;
    private final People people;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    PlanDocuments(PlanVersions versions, People people, PdfDocuments pdf, MessageSource messages) {
        this.versions = versions;
        this.people = people;
        this.pdf = pdf;
        this.messages = messages;
    }

    /**
     * The document as a PDF download. {@code version} null means the plan as it stands; {@code variant} is
     * "large-print", "standard" or null for the person's preferred format; {@code document} a {@link Document}
     * slug or null for the whole plan.
     */
    public ResponseEntity<byte[]> download(UUID personId, Integer version, String variant, String document) {
        Document which = Document.of(document);
        Boolean asked = largePrint(variant);
        PersonRecord person = people.findRecord(personId).orElseThrow(() -> new RecordNotFoundException("Person"));
        boolean large = asked != null ? asked
                : person.communication() != null && person.communication().formats().contains(InformationFormat.LARGE_PRINT);
        VersionView agreed = version == null ? null : versions.version(personId, version);
        List<PlanPart.VersionedSection> sections = agreed == null ? versions.current(personId) : agreed.sections();
        Map<String, Object> model = new HashMap<>();
        model.put("person", person);
        model.put("sections", sections);
        model.put("profile", OnePageProfile.of(sections, messages));
        model.put("version", version);
        model.put("signOff", agreed == null ? null : agreed.signOff());
        model.put("state", versions.state(personId));
        model.put("largePrint", large);
        byte[] body = pdf.render(which.template, model, LocaleContextHolder.getLocale());
        String filename = which.filename + (version == null ? "" : "-version-" + version) + (large ? "-large-print" : "");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename + ".pdf").build().toString())
                .body(body);
    }

    /** True or false when asked for; null for the person's preferred format. */
    private static Boolean largePrint(String variant) {
        if (variant == null || variant.isBlank()) {
            return null;
        }
        if (!variant.equals(LARGE_PRINT) && !variant.equals(STANDARD)) {
            throw new PlanRuleException("variant", "outputs.error.variant");
        }
        return variant.equals(LARGE_PRINT);
    }
}
