package org.oneplan.people.internal;

import java.util.List;
import java.util.UUID;
import org.oneplan.access.Caseloads;
import org.oneplan.access.Teams;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.internal.PersonAccess.Section;
import org.oneplan.web.FieldProblem;
import org.oneplan.web.InvalidRequestException;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which teams hold the person on their caseload; every change is audited. */
@Service
@Transactional
public class PersonCaseloads {

    private final PersonGuard guard;
    private final Caseloads caseloads;
    private final Teams teams;
    private final AuditTrail audit;
    private final MessageSource messages;

    PersonCaseloads(PersonGuard guard, Caseloads caseloads, Teams teams, AuditTrail audit, MessageSource messages) {
        this.guard = guard;
        this.caseloads = caseloads;
        this.teams = teams;
        this.audit = audit;
        this.messages = messages;
    }

    /** Puts the person on another team's caseload too, e.g. a multi-disciplinary team joining their care. */
    public void addToCaseload(UUID personId, UUID teamId) {
        guard.changeable(personId, Section.DETAILS);
        if (teams.find(teamId).isEmpty()) {
            throw new RecordNotFoundException("Team");
        }
        caseloads.add(personId, teamId);
        audit.record(AuditAction.UPDATED, PersonGuard.RECORD_TYPE, personId, "Added to a team's caseload");
    }

    /** Takes the person off a team's caseload; they always stay on at least one. */
    public void removeFromCaseload(UUID personId, UUID teamId) {
        guard.changeable(personId, Section.DETAILS);
        var holding = caseloads.teamsHolding(personId);
        if (!holding.contains(teamId) || holding.size() == 1) {
            throw new InvalidRequestException(List.of(new FieldProblem("teamId", messages.getMessage(
                    "people.error.team.last", null, LocaleContextHolder.getLocale()))));
        }
        caseloads.remove(personId, teamId);
        audit.record(AuditAction.UPDATED, PersonGuard.RECORD_TYPE, personId, "Taken off a team's caseload");
    }
}
