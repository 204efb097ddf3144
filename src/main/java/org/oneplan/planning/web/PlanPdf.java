package org.oneplan.planning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.oneplan.planning.PlanRuleException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan's documents as accessible PDFs: the whole plan or the one-page profile, an agreed version or the
 * plan as it stands, in standard or large print (see {@link PlanDocuments}). A document or variant the address
 * does not know is a page saying so, with status 400.
 */
@Controller
class PlanPdf {

    private final PlanDocuments documents;

    PlanPdf(PlanDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(value = "/people/{id}/plan/plan.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(PlanPages.READERS)
    ResponseEntity<byte[]> plan(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                                @RequestParam(required = false) String variant,
                                @RequestParam(required = false) String document) {
        return documents.download(id, version, variant, document);
    }

    @ExceptionHandler(PlanRuleException.class)
    String unknown(PlanRuleException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("messageKey", e.messageKey());
        model.addAttribute("planHref", request.getRequestURI().replaceFirst("/plan\\.pdf$", ""));
        return "planning/document-unknown";
    }
}
