package org.oneplan.budget.internal;

import java.util.Optional;
import java.util.UUID;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditTrail;
import org.oneplan.budget.SignOffStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's sign-off as whoever may see the person reads it: on its own page (audited), as part of the plan's
 * pages and JSON (whose look is audited already), and whether the signed-in user may decide on it now.
 */
@Service
@Transactional(readOnly = true)
public class SignOffLooks {

    private final SignOffRepository signOffs;
    private final SignOffReader reader;
    private final SignOffGuard guard;
    private final CurrentUsers users;
    private final AuditTrail audit;

    SignOffLooks(SignOffRepository signOffs, SignOffReader reader, SignOffGuard guard, CurrentUsers users,
                 AuditTrail audit) {
        this.signOffs = signOffs;
        this.reader = reader;
        this.guard = guard;
        this.users = users;
        this.audit = audit;
    }

    /** The person's latest sign-off, if the plan was ever sent; not audited. */
    public Optional<SignOffStatus> status(UUID personId) {
        guard.visible(personId);
        return signOffs.latest(personId).map(reader::view);
    }

    /** Whether the person's plan is with the authoriser now, so that nothing in it or its budget may change. */
    public boolean withAuthoriser(UUID personId) {
        guard.visible(personId);
        return signOffs.latest(personId).filter(s -> s.stage() == SignOffStatus.Stage.WITH_AUTHORISER).isPresent();
    }

    /** The same, for a page that shows it on its own: the look is audited. */
    public Optional<SignOffStatus> read(UUID personId) {
        Optional<SignOffStatus> status = status(personId);
        audit.record(AuditAction.VIEWED, BudgetGuard.RECORD_TYPE, personId, "Viewed the plan's sign-off");
        return status;
    }

    /**
     * Why the signed-in user may not sign off or return the person's plan now, as a message key: it is not with the
     * authoriser, they are not an authoriser, or they wrote, sent or already signed it. Empty when they may.
     */
    public Optional<String> refusal(UUID personId) {
        guard.visible(personId);
        if (!users.require().has(Role.AUTHORISER)) {
            return Optional.of("signoff.error.notAuthoriser");
        }
        Optional<SignOff> waiting = signOffs.latest(personId).filter(s -> s.stage() == SignOffStatus.Stage.WITH_AUTHORISER);
        if (waiting.isEmpty()) {
            return Optional.of("signoff.error.notWaiting");
        }
        return SignOffRules.refusal(users.require().username(), guard.writers(personId), waiting.get().submittedBy(),
                waiting.get().firstSignedBy());
    }
}
