package org.oneplan.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.oneplan.planning.CarePlans;
import org.oneplan.planning.PlanJsonField;
import org.oneplan.planning.PlanState;
import org.oneplan.planning.PlanVersions;
import org.oneplan.planning.VersionView;
import org.oneplan.planning.internal.JpaPlanProgress;
import org.oneplan.planning.Outcomes;
import org.oneplan.planning.PlanPrompt;
import org.oneplan.planning.PlanView;
import org.oneplan.planning.Words;
import org.oneplan.planning.web.PlanDocuments;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's one plan. Anyone signed in may ask; the plan service shows it only to those who may see the
 * person. Planners start it and write answers; changing an answer needs If-Match with the answer's version.
 * While the plan is with the authoriser every change to it is a 409 problem (see {@code WithAuthoriserAdvice}).
 */
@RestController
@RequestMapping("/api/v1/people/{id}/plan")
@Tag(name = "Care and support plan")
class PlanApi {

    static final String READERS = "isAuthenticated()";
    static final String PLANNERS = "hasAnyRole('COORDINATOR','ADMINISTRATOR','MANAGER')";
    /** Planners, and the person or a supporter for their own words: the plan service decides which answers. */
    static final String OWN_WORDS_WRITERS = "hasAnyRole('COORDINATOR','ADMINISTRATOR','MANAGER','PERSON','SUPPORTER')";

    private final CarePlans plans;
    private final Outcomes outcomes;
    private final JpaPlanProgress progress;
    private final PlanVersions versions;
    private final PlanDocuments documents;
    private final List<PlanJsonField> fields;

    PlanApi(CarePlans plans, Outcomes outcomes, JpaPlanProgress progress, PlanVersions versions,
            PlanDocuments documents, List<PlanJsonField> fields) {
        this.versions = versions;
        this.documents = documents;
        this.fields = fields;
        this.plans = plans;
        this.outcomes = outcomes;
        this.progress = progress;
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "The person's plan: every section in task-list order with its answers and status",
            description = "404 when the plan has not been started, or you may not see the person.")
    PlanJson read(@PathVariable UUID id) {
        return json(plans.find(id).orElseThrow(() -> new RecordNotFoundException("Plan")));
    }

    @GetMapping("/state")
    @PreAuthorize(READERS)
    @Operation(summary = "Where the plan is: draft, ready to agree or agreed; the latest version; what the Care Act "
            + "completeness check finds missing; every time the person was asked to agree; while it is with the "
            + "authoriser, since when (withAuthoriserSince), during which every change to it is a 409")
    PlanState state(@PathVariable UUID id) {
        return versions.state(id);
    }

    @GetMapping("/versions")
    @PreAuthorize(READERS)
    @Operation(summary = "Every agreed version, oldest first, each with its content as it was agreed")
    List<VersionView> versions(@PathVariable UUID id) {
        return versions.versions(id);
    }

    @GetMapping("/versions/{number}")
    @PreAuthorize(READERS)
    @Operation(summary = "One agreed version as it was agreed; it never changes")
    VersionView version(@PathVariable UUID id, @PathVariable int number) {
        return versions.version(id, number);
    }

    @GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(READERS)
    @Operation(summary = "The plan as an accessible PDF (tagged, PDF/UA and PDF/A-3u), the same file as the plan page's",
            description = "version: an agreed version's number, or none for the plan as it stands. variant: large-print "
                    + "or standard, or none for the person's preferred format. document: one-page-profile, or none "
                    + "for the whole plan. 400 for a document or variant it does not know; 404 when the plan has not "
                    + "been started, the version does not exist, or you may not see the person.")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                               @RequestParam(required = false) String variant,
                               @RequestParam(required = false) String document) {
        return documents.download(id, version, variant, document);
    }

    @PostMapping
    @PreAuthorize(PLANNERS)
    @Operation(summary = "Start planning: 201 with the new draft plan, or 200 with the plan the person already has")
    ResponseEntity<PlanJson> start(@PathVariable UUID id) {
        boolean existed = plans.find(id).isPresent();
        PlanJson plan = json(plans.start(id));
        return existed ? ResponseEntity.ok(plan)
                : ResponseEntity.created(URI.create("/api/v1/people/" + id + "/plan")).body(plan);
    }

    @PutMapping("/answers/{prompt}")
    @PreAuthorize(OWN_WORDS_WRITERS)
    @Operation(summary = "Write an answer (text, whose, whoseName); to change one send If-Match with its version",
            description = "A new answer takes If-None-Match: * or no precondition; an existing one needs If-Match "
                    + "(428 without it, 412 with the current version when stale). The person, and a supporter they "
                    + "share their record with, may write their own words (the preparation answers and the one-page "
                    + "profile); theirs are recorded as the person's or the supporter's whatever whose says.")
    ResponseEntity<PlanAnswerJson> write(@PathVariable UUID id, @PathVariable String prompt,
                                     @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @RequestBody PlanAnswerBody body) {
        PlanPrompt question = PlanPrompt.ofSlug(prompt).orElseThrow(() -> new RecordNotFoundException("Question"));
        PlanView plan = plans.write(id, question, body.text(), body.whose(), body.whoseName(),
                PlanETags.optional(ifMatch));
        Words saved = plan.answer(question).orElseThrow();
        return PlanETags.ok(saved.version(), PlanAnswerJson.of(question, saved));
    }

    private PlanJson json(PlanView plan) {
        Map<String, Object> more = new LinkedHashMap<>();
        fields.forEach(f -> more.put(f.name(), f.valueFor(plan.personId())));
        return PlanJson.of(plan, versions.state(plan.personId()).status(), outcomes.of(plan.personId()),
                progress.of(plan), more);
    }
}
