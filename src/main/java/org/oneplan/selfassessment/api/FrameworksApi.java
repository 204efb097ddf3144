package org.oneplan.selfassessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.oneplan.access.CurrentUsers;
import org.oneplan.selfassessment.FrameworkSummary;
import org.oneplan.selfassessment.internal.FrameworkLibrary;
import org.oneplan.selfassessment.internal.FrameworkLoad;
import org.oneplan.web.InvalidRequestException;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Self-assessment frameworks: staff read them; a system administrator loads new ones or new versions. */
@RestController
@RequestMapping("/api/v1/self-assessment/frameworks")
@Tag(name = "Self-assessment")
class FrameworksApi {

    static final String STAFF = "hasAnyRole('COORDINATOR','ADMINISTRATOR','AUTHORISER','MANAGER','SYSTEM_ADMIN')";
    private static final String NOT_FOUND = "Framework";

    private final FrameworkLibrary frameworks;
    private final CurrentUsers users;

    FrameworksApi(FrameworkLibrary frameworks, CurrentUsers users) {
        this.frameworks = frameworks;
        this.users = users;
    }

    record SummaryJson(String key, String title, int version) {
        static SummaryJson of(FrameworkSummary s) {
            return new SummaryJson(s.key(), s.title(), s.version());
        }
    }

    record ListJson(List<SummaryJson> items) {
    }

    @GetMapping
    @PreAuthorize(STAFF)
    @Operation(summary = "The latest version of each framework")
    ListJson list() {
        return new ListJson(frameworks.latest().stream().map(SummaryJson::of).toList());
    }

    @GetMapping("/{key}")
    @PreAuthorize(STAFF)
    @Operation(summary = "The latest version of a framework, with every section, stage, item and statement")
    FrameworkJson latest(@PathVariable String key) {
        return frameworks.find(key).map(FrameworkJson::of).orElseThrow(() -> new RecordNotFoundException(NOT_FOUND));
    }

    @GetMapping("/{key}/versions/{version}")
    @PreAuthorize(STAFF)
    @Operation(summary = "One version of a framework, as it was loaded")
    FrameworkJson version(@PathVariable String key, @PathVariable int version) {
        return frameworks.find(key, version).map(FrameworkJson::of)
                .orElseThrow(() -> new RecordNotFoundException(NOT_FOUND));
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Load a framework file (YAML, UTF-8): checked first, stored only when valid and new")
    ResponseEntity<?> load(@RequestBody byte[] body) {
        FrameworkLoad outcome = frameworks.load(body, users.require().username());
        if (outcome instanceof FrameworkLoad.Invalid invalid) {
            throw new InvalidRequestException(invalid.problems());
        }
        if (outcome instanceof FrameworkLoad.AlreadyStored stored) {
            ProblemDetail conflict = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Framework " + stored.key()
                    + " version " + stored.version() + " is already stored. Give changed wording a new version.");
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(conflict);
        }
        FrameworkJson created = FrameworkJson.of(((FrameworkLoad.Stored) outcome).framework());
        return ResponseEntity.created(URI.create("/api/v1/self-assessment/frameworks/" + created.key() + "/versions/"
                + created.version())).body(created);
    }
}
