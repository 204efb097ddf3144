package org.oneplan.selfassessment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.selfassessment.Participant;
import org.oneplan.selfassessment.Results;
import org.oneplan.selfassessment.internal.Answer;
import org.oneplan.selfassessment.internal.Assessment;

/** One assessment: what it is, who took part, every answer and the results so far. */
record AssessmentJson(UUID id, String name, LocalDate assessedOn, UUID teamId, UUID organisationId,
                      boolean wholeOrganisation, String status, Instant submittedAt,
                      FrameworkRef framework, List<Participant> participants, List<AnswerJson> answers,
                      ResultsJson results) {

    record FrameworkRef(String key, int version) {
    }

    /** {@code version} goes back in If-Match to change the answer. */
    record AnswerJson(String code, int level, String note, String evidence, boolean cumulativeConfirmed,
                      String answeredBy, Instant answeredAt, long version) {
        static AnswerJson of(Answer a) {
            return new AnswerJson(a.itemCode(), a.level(), a.note(), a.evidence(), a.cumulativeConfirmed(),
                    a.answeredBy(), a.answeredAt(), a.version());
        }
    }

    static AssessmentJson of(Assessment a, Results results) {
        return new AssessmentJson(a.id(), a.name(), a.assessedOn(), a.teamId(), a.organisationId(),
                a.wholeOrganisation(), a.status().name(), a.submittedAt(),
                new FrameworkRef(a.frameworkKey(), a.frameworkVersion()), a.participants(),
                a.answers().stream().map(AnswerJson::of).toList(), ResultsJson.of(results));
    }
}
