package org.oneplan.people.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oneplan.people.CommunicationNeeds;
import org.oneplan.people.ConsentAndAdvocacy;
import org.oneplan.people.ContactDetails;
import org.oneplan.people.PersonalDetails;
import org.oneplan.web.FieldProblem;
import org.oneplan.web.Validation;

/**
 * A person sent to the API: to create one ({@code teamId} says whose caseload) or to replace one with PUT
 * (sections left out are cleared, as PUT replaces the whole record except the circle).
 */
record PersonBody(String givenName, String familyName, String preferredName, LocalDate dateOfBirth,
                  String nhsNumber, ContactDetails contact, CommunicationNeeds communication,
                  ConsentAndAdvocacy consent, CoordinatorJson coordinator, UUID teamId) {

    record TeamChoice(@NotNull(message = "{people.error.team.required}") UUID teamId) {
    }

    PersonalDetails details() {
        return new PersonalDetails(givenName, familyName, preferredName, dateOfBirth, nhsNumber);
    }

    ContactDetails contactOrNone() {
        return contact == null ? ContactDetails.NONE : contact;
    }

    CommunicationNeeds communicationOrNone() {
        return communication == null ? CommunicationNeeds.NONE : communication;
    }

    ConsentAndAdvocacy consentOrNone() {
        return consent == null ? ConsentAndAdvocacy.NONE : consent;
    }

    /** Every problem with the body, by JSON field path; throws if there are any. */
    void validate(Validation validation, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>(validation.check(details(), ""));
        problems.addAll(validation.check(contact, "contact."));
        problems.addAll(validation.check(communication, "communication."));
        problems.addAll(validation.check(consent, "consent."));
        if (coordinator != null) {
            problems.addAll(validation.check(coordinator.toDomain(), "coordinator."));
        }
        if (creating) {
            problems.addAll(validation.check(new TeamChoice(teamId), ""));
        }
        Validation.requireNone(problems);
    }
}
