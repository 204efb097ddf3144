package org.oneplan.selfassessment.web;

import org.oneplan.selfassessment.internal.FrameworkCatalogue;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The self-assessment frameworks as a system administrator sees them: the list, each one's versions and wording. */
@Controller
class FrameworkPages {

    static final String SYSTEM_ADMIN = "hasRole('SYSTEM_ADMIN')";
    static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");
    private static final String NOT_FOUND = "Framework";

    private final FrameworkCatalogue catalogue;

    FrameworkPages(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/admin/frameworks")
    @PreAuthorize(SYSTEM_ADMIN)
    String list(Model model) {
        model.addAttribute("frameworks", catalogue.frameworks());
        return "selfassessment/frameworks";
    }

    @GetMapping("/admin/frameworks/{key}")
    @PreAuthorize(SYSTEM_ADMIN)
    String show(@PathVariable String key, Model model) {
        model.addAttribute("framework", catalogue.latest(key).orElseThrow(() -> new RecordNotFoundException(NOT_FOUND)));
        model.addAttribute("versions", catalogue.versionsOf(key));
        return "selfassessment/framework";
    }

    /** The latest version's file exactly as it was loaded: an example of the format, or a start for a new version. */
    @GetMapping("/admin/frameworks/{key}/file")
    @PreAuthorize(SYSTEM_ADMIN)
    ResponseEntity<String> file(@PathVariable String key) {
        FrameworkCatalogue.Source source = catalogue.latestFile(key)
                .orElseThrow(() -> new RecordNotFoundException(NOT_FOUND));
        return ResponseEntity.ok().contentType(YAML)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(source.fileName()).build().toString())
                .body(source.text());
    }
}
