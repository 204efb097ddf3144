package org.oneplan.selfassessment.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.oneplan.access.Teams;
import org.oneplan.selfassessment.Framework;
import org.oneplan.selfassessment.FrameworkItem;
import org.oneplan.selfassessment.internal.ActionPlan;
import org.oneplan.selfassessment.internal.ActionPlans;
import org.oneplan.selfassessment.internal.Assessment;
import org.oneplan.selfassessment.internal.SelfAssessments;
import org.oneplan.web.PdfDocuments;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The whole self-assessment as an accessible PDF to print or keep: scores, summary of actions and plans. */
@Controller
class AssessmentReport {

    /** One action plan as printed: its item, the answers to its questions (by message key) and its steps. */
    public record Plan(ActionPlan plan, FrameworkItem item, List<Answered> answers) {
    }

    public record Answered(String questionKey, String answer) {
    }

    private final SelfAssessments assessments;
    private final ActionPlans plans;
    private final Teams teams;
    private final PdfDocuments pdf;

    AssessmentReport(SelfAssessments assessments, ActionPlans plans, Teams teams, PdfDocuments pdf) {
        this.assessments = assessments;
        this.plans = plans;
        this.teams = teams;
        this.pdf = pdf;
    }

    @GetMapping(value = "/self-assessment/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(AssessmentPages.TEAM_STAFF)
    ResponseEntity<byte[]> report(@PathVariable UUID id) {
        Assessment a = assessments.read(id);
        Framework framework = assessments.framework(a);
        var results = assessments.results(a);
        Locale locale = LocaleContextHolder.getLocale();
        byte[] body = pdf.render("selfassessment/report", Map.of(
                "assessment", a,
                "team", teams.find(a.teamId()).map(Teams.TeamSummary::name).orElse(""),
                "framework", framework,
                "results", results,
                "actions", ActionSummaryPages.rows(a, results, Map.of()),
                "plans", plans.of(id).stream().map(p -> plan(p, framework, locale)).toList(),
                "today", plans.today()), locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("self-assessment-" + a.assessedOn() + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(body);
    }

    private static Plan plan(ActionPlan p, Framework framework, Locale locale) {
        ActionPlan.Details d = p.details();
        String byWhen = d.byWhen() == null ? null : d.byWhen().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        return new Plan(p, framework.item(p.itemCode()).orElseThrow(), List.of(
                new Answered("selfassessment.plan.why", d.why()),
                new Answered("selfassessment.plan.who", d.who()),
                new Answered("selfassessment.plan.byWhen", byWhen),
                new Answered("selfassessment.plan.whoElse", d.whoElse()),
                new Answered("selfassessment.plan.supportInside", d.supportInside()),
                new Answered("selfassessment.plan.supportOutside", d.supportOutside()),
                new Answered("selfassessment.plan.success", d.success())));
    }
}
