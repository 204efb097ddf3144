package org.oneplan.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.people.CircleMemberDetails;
import org.oneplan.people.CircleMemberView;
import org.oneplan.web.RecordNotFoundException;
import org.oneplan.web.StaleRecordException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding, changing and removing members of a person's circle of support. Removal is soft and audited. */
@Service
@Transactional
public class CircleService {

    private final CircleMemberRepository circles;
    private final PersonGuard guard;
    private final AuditTrail audit;
    private final Clock clock;

    CircleService(CircleMemberRepository circles, PersonGuard guard, AuditTrail audit, Clock clock) {
        this.circles = circles;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    public CircleMemberView add(UUID personId, CircleMemberDetails details) {
        guard.changeableCircle(personId);
        CircleMember member = circles.save(new CircleMember(personId, details, Instant.now(clock)));
        audit.record(AuditAction.UPDATED, PersonGuard.RECORD_TYPE, personId, "Added someone to the circle of support");
        return view(member);
    }

    @Transactional(readOnly = true)
    public CircleMemberView find(UUID personId, UUID memberId) {
        guard.readable(personId);
        return view(current(personId, memberId));
    }

    public CircleMemberView change(UUID personId, UUID memberId, long expectedVersion, CircleMemberDetails details) {
        guard.changeableCircle(personId);
        CircleMember member = current(personId, memberId);
        if (member.version() != expectedVersion) {
            throw new StaleRecordException(member.version());
        }
        member.change(details);
        circles.saveAndFlush(member);
        audit.record(AuditAction.UPDATED, PersonGuard.RECORD_TYPE, personId, "Changed someone in the circle of support");
        return view(member);
    }

    public void remove(UUID personId, UUID memberId) {
        guard.changeableCircle(personId);
        CircleMember member = current(personId, memberId);
        member.remove(guard.user().username(), Instant.now(clock));
        audit.record(AuditAction.DELETED, PersonGuard.RECORD_TYPE, personId,
                "Removed someone from the circle of support (kept in the history)");
    }

    /** Gives a circle member their own SUPPORTER sign-in; the account is created by the access module. */
    public void linkAccount(UUID personId, UUID memberId, UUID accountId) {
        guard.changeableCircle(personId);
        current(personId, memberId).linkAccount(accountId);
        audit.record(AuditAction.UPDATED, PersonGuard.RECORD_TYPE, personId, "Linked a supporter's account");
    }

    private CircleMember current(UUID personId, UUID memberId) {
        return circles.findCurrent(memberId, personId).orElseThrow(() -> new RecordNotFoundException("CircleMember"));
    }

    private static CircleMemberView view(CircleMember m) {
        return new CircleMemberView(m.id(), m.details(), m.userAccountId() != null, m.version());
    }
}
