package org.oneplan.selfassessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.selfassessment.Capacity;
import org.oneplan.selfassessment.Participant;

/** What the API accepts to start an assessment and to answer an item. */
final class AssessmentBodies {

    private AssessmentBodies() {
    }

    record Start(@NotBlank(message = "{selfassessment.error.framework.required}") String framework,
                 @NotNull(message = "{selfassessment.error.team.required}") UUID teamId,
                 @NotBlank(message = "{selfassessment.error.name.required}") @Size(max = 200, message = "{selfassessment.error.name.tooLong}") String name,
                 @NotNull(message = "{selfassessment.error.date.required}") LocalDate assessedOn,
                 @NotEmpty(message = "{selfassessment.error.participants.required}") List<@Valid Person> participants,
                 boolean copyLastSubmitted, boolean wholeOrganisation) {

        List<Participant> toParticipants() {
            return participants.stream().map(p -> new Participant(p.name().strip(), p.capacity())).toList();
        }
    }

    record Person(@NotBlank(message = "{selfassessment.error.participant.name}") @Size(max = 200, message = "{selfassessment.error.name.tooLong}") String name,
                  @NotNull(message = "{selfassessment.error.participant.capacity}") Capacity capacity) {
    }

    record ItemAnswer(@NotNull(message = "{selfassessment.error.level.required}") Integer level, String note,
                      String evidence, boolean cumulativeConfirmed) {
    }
}
