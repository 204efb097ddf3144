package org.oneplan.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.oneplan.access.Accounts;
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
    private final Accounts accounts;

    CircleService(CircleMemberRepository circles, PersonGuard guard, AuditTrail audit, Clock clock, Accounts accounts) {
        this.accounts = accounts;
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

    /**
     * Links a circle member to a supporter account (created by a system administrator) so that they can
     * sign in and see what the person shares; a blank username unlinks. Empty when there is no such account.
     */
    public java.util.Optional<CircleMemberView> linkAccount(UUID personId, UUID memberId, String username) {
        guard.changeableCircle(personId);
        CircleMember member = current(personId, memberId);
        UUID account = null;
        if (username != null && !username.isBlank()) {
            var found = accounts.findSupporter(username);
            if (found.isEmpty()) {
                return java.util.Optional.empty();
            }
            account = found.get();
        }
        if (!java.util.Objects.equals(account, member.userAccountId())) {
            member.linkAccount(account);
            audit.record(AuditAction.UPDATED, PersonGuard.RECORD_TYPE, personId,
                    account == null ? "Unlinked a supporter's account" : "Linked a supporter's account");
        }
        return java.util.Optional.of(view(member));
    }

    @Transactional(readOnly = true)
    public String linkedUsername(CircleMemberView member) {
        return member.hasAccount() ? circles.findById(member.id()).map(CircleMember::userAccountId)
                .flatMap(accounts::usernameOf).orElse(null) : null;
    }

    private CircleMember current(UUID personId, UUID memberId) {
        return circles.findCurrent(memberId, personId).orElseThrow(() -> new RecordNotFoundException("CircleMember"));
    }

    private static CircleMemberView view(CircleMember m) {
        return new CircleMemberView(m.id(), m.details(), m.userAccountId() != null, m.version());
    }
}
