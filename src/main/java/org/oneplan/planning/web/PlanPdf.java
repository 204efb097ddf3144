package org.oneplan.planning.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.people.InformationFormat;
import org.oneplan.people.People;
import org.oneplan.people.PersonRecord;
import org.oneplan.planning.PlanPart;
import org.oneplan.planning.PlanState;
import org.oneplan.planning.PlanVersions;
import org.oneplan.web.PdfDocuments;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The whole plan as an accessible PDF: an agreed version, or the plan as it stands. Large print (16 pt and
 * up) when asked for, and by default when the person's communication needs say large print.
 */
@Controller
class PlanPdf {

    private final PlanVersions versions;
    private final People people;
    private final PdfDocuments pdf;

    PlanPdf(PlanVersions versions, People people, PdfDocuments pdf) {
        this.versions = versions;
        this.people = people;
        this.pdf = pdf;
    }

    @GetMapping(value = "/people/{id}/plan/plan.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(PlanPages.READERS)
    ResponseEntity<byte[]> plan(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                                @RequestParam(required = false) String variant) {
        PersonRecord person = people.findRecord(id).orElseThrow(() -> new RecordNotFoundException("Person"));
        PlanState state = versions.state(id);
        List<PlanPart.VersionedSection> sections = version == null ? versions.current(id)
                : versions.version(id, version).sections();
        boolean largePrint = variant == null
                ? person.communication() != null && person.communication().formats().contains(InformationFormat.LARGE_PRINT)
                : variant.equals("large-print");
        Map<String, Object> model = new HashMap<>();
        model.put("person", person);
        model.put("sections", sections);
        model.put("version", version);
        model.put("state", state);
        model.put("largePrint", largePrint);
        byte[] body = pdf.render("planning/plan-pdf", model, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"care-and-support-plan"
                        + (version == null ? "" : "-version-" + version) + (largePrint ? "-large-print" : "") + ".pdf\"")
                .body(body);
    }
}
