package org.oneplan.selfassessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.selfassessment.internal.Answer;
import org.oneplan.selfassessment.internal.Assessment;
import org.oneplan.selfassessment.internal.AssessmentList;
import org.oneplan.selfassessment.internal.SelfAssessments;
import org.oneplan.web.IfMatch;
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

/** A team's self-assessments: start (managers), answer item by item, submit, and read the results. */
@RestController
@RequestMapping("/api/v1/self-assessment/assessments")
@Tag(name = "Self-assessment")
class AssessmentsApi {

    static final String TEAM_STAFF = "hasAnyRole('COORDINATOR','ADMINISTRATOR','AUTHORISER','MANAGER')";

    private final SelfAssessments assessments;
    private final AssessmentList list;

    AssessmentsApi(SelfAssessments assessments, AssessmentList list) {
        this.assessments = assessments;
        this.list = list;
    }

    record Listed(UUID id, String name, LocalDate assessedOn, UUID teamId, String status, int answered, int items) {
    }

    @GetMapping
    @PreAuthorize(TEAM_STAFF)
    @Operation(summary = "The self-assessments of your teams, newest first")
    List<Listed> list(@RequestParam(required = false) UUID teamId) {
        return list.visible(teamId).stream().map(s -> new Listed(s.assessment().id(), s.assessment().name(),
                s.assessment().assessedOn(), s.assessment().teamId(), s.assessment().status().name(), s.answered(),
                s.items())).toList();
    }

    @PostMapping
    @PreAuthorize(TEAM_STAFF)
    @Operation(summary = "Start a self-assessment for one of your teams, or for its whole organisation",
            description = "Managers of the team, and members a manager has given permission to, may start one; "
                    + "only managers may start a whole-organisation assessment.")
    ResponseEntity<AssessmentJson> start(@Valid @RequestBody AssessmentBodies.Start body) {
        Assessment started = assessments.start(body.framework(), body.teamId(), body.wholeOrganisation(),
                body.name().strip(), body.assessedOn(), body.toParticipants(), body.copyLastSubmitted());
        return ResponseEntity.created(URI.create("/api/v1/self-assessment/assessments/" + started.id()))
                .body(AssessmentJson.of(started, assessments.results(started)));
    }

    @GetMapping("/{id}")
    @PreAuthorize(TEAM_STAFF)
    @Operation(summary = "One self-assessment with its answers and results")
    AssessmentJson read(@PathVariable UUID id) {
        Assessment assessment = assessments.read(id);
        return AssessmentJson.of(assessment, assessments.results(assessment));
    }

    @PutMapping("/{id}/items/{code}")
    @PreAuthorize(TEAM_STAFF)
    @Operation(summary = "Answer an item; to change an answer send If-Match with its version")
    ResponseEntity<AssessmentJson.AnswerJson> answer(@PathVariable UUID id, @PathVariable String code,
                                                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody AssessmentBodies.ItemAnswer body) {
        Answer answer = assessments.answer(id, code, body.level(), body.note(), body.evidence(),
                body.cumulativeConfirmed(), IfMatch.optional(ifMatch));
        return ResponseEntity.ok().eTag("\"" + answer.version() + "\"").body(AssessmentJson.AnswerJson.of(answer));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(TEAM_STAFF)
    @Operation(summary = "Submit the assessment once every item is answered; it is then read-only")
    AssessmentJson submit(@PathVariable UUID id) {
        Assessment submitted = assessments.submit(id);
        return AssessmentJson.of(submitted, assessments.results(submitted));
    }
}
