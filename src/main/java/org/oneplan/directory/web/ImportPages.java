package org.oneplan.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.oneplan.directory.internal.DirectoryAccess;
import org.oneplan.directory.internal.DirectoryImport;
import org.oneplan.directory.internal.ImportReport;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators import entries from a CSV file: a problem with the file as a whole is shown on the form and
 * nothing is imported; otherwise the report says what was added, updated and left as it was, and lists each
 * refused row with its line and reasons. The demo's own file serves as an example.
 */
@Controller
@PreAuthorize(DirectoryAccess.MAINTAINERS)
class ImportPages {

    private static final String VIEW = "directory/import";
    private static final String FORM = "form";

    private final DirectoryImport imports;

    ImportPages(DirectoryImport imports) {
        this.imports = imports;
    }

    @GetMapping("/directory/import")
    String form(Model model) {
        model.addAttribute(FORM, new ImportUpload());
        return VIEW;
    }

    @PostMapping("/directory/import")
    String upload(@ModelAttribute(FORM) ImportUpload form, BindingResult result, HttpServletResponse response,
                  RedirectAttributes flash) throws IOException {
        if (!form.chosen()) {
            result.rejectValue(ImportUpload.FIELD, "directory.import.error.choose");
        } else {
            ImportReport report = imports.importCsv(form.getFile().getBytes());
            report.fileProblems().forEach(p -> result.rejectValue(ImportUpload.FIELD, "directory.import.problem",
                    new Object[] {p}, p));
            if (!report.fileRefused()) {
                flash.addFlashAttribute("report", report);
                return "redirect:/directory/import/report";
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return VIEW;
    }

    /** The report of the import just made; without one (a reload, a bookmark), the import page. */
    @GetMapping("/directory/import/report")
    String report(Model model) {
        return model.containsAttribute("report") ? "directory/import-report" : "redirect:/directory/import";
    }

    @GetMapping("/directory/import/example.csv")
    ResponseEntity<Resource> example() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"directory-example.csv\"")
                .body(new ClassPathResource("directory/demo-directory.csv"));
    }
}
