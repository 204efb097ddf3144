package org.oneplan.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.CircleMemberView;
import org.oneplan.people.People;
import org.oneplan.people.PersonRecord;
import org.oneplan.planning.CopyDraft;
import org.oneplan.planning.CopyView;
import org.oneplan.planning.PlanCopies;
import org.oneplan.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaPlanCopies implements PlanCopies {

    private final PlanCopyRepository copies;
    private final PlanVersionRepository versions;
    private final PlanGuard guard;
    private final People people;
    private final CurrentUsers users;
    private final AuditTrail audit;
    private final Clock clock;

    JpaPlanCopies(PlanCopyRepository copies, PlanVersionRepository versions, PlanGuard guard, People people,
                  CurrentUsers users, AuditTrail audit, Clock clock) {
        this.copies = copies;
        this.versions = versions;
        this.guard = guard;
        this.people = people;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CopyView> of(UUID personId) {
        guard.visible(personId);
        List<CopyView> given = copies.allOf(guard.planOf(personId)).stream().map(PlanCopy::view).toList();
        audit.record(AuditAction.VIEWED, PlanGuard.RECORD_TYPE, personId, "Viewed the copies of the plan given");
        return given;
    }

    @Override
    public CopyView record(UUID personId, CopyDraft draft) {
        guard.planner(personId);
        UUID planId = guard.planOf(personId);
        if (draft.version() != null && versions.find(planId, draft.version()).isEmpty()) {
            throw PlanCopy.refused("version", "unknown");
        }
        PlanCopy copy = new PlanCopy(planId, draft, nameOf(personId, draft), LocalDate.now(clock),
                users.require().username(), Instant.now(clock));
        copies.save(copy);
        audit.record(AuditAction.CREATED, PlanGuard.RECORD_TYPE, personId, "Recorded a copy of the "
                + (draft.document() == CopyDraft.Document.ONE_PAGE_PROFILE ? "one-page profile" : "plan") + " given");
        return copy.view();
    }

    /** The recipient's name: the person's, the supporter's from their circle, or as typed for someone else. */
    private String nameOf(UUID personId, CopyDraft draft) {
        if (draft.recipient() == null || draft.recipient() == CopyDraft.Recipient.SOMEONE_ELSE) {
            return draft.name();
        }
        PersonRecord person = people.findRecord(personId).orElseThrow(() -> new RecordNotFoundException("Person"));
        if (draft.recipient() == CopyDraft.Recipient.PERSON) {
            return person.details().displayName();
        }
        return person.circle().stream().filter(m -> m.id().equals(draft.supporterId())).findFirst()
                .map(CircleMemberView::details).map(d -> d.name()).orElseThrow(() -> PlanCopy.refused("recipient", "required"));
    }
}
