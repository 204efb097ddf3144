package org.oneplan.people.internal;

import java.time.Instant;
import org.oneplan.access.Caseloads;
import org.oneplan.access.CurrentUser;
import org.oneplan.access.CurrentUsers;
import org.oneplan.access.Role;
import org.oneplan.audit.AuditAction;
import org.oneplan.audit.AuditQuery;
import org.oneplan.audit.AuditRecord;
import org.oneplan.audit.AuditTrail;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager's search of the audit trail, limited to the records of people on their teams' caseloads. */
@Service
@Transactional
public class TeamAuditLog {

    private final Caseloads caseloads;
    private final CurrentUsers users;
    private final AuditTrail audit;

    TeamAuditLog(Caseloads caseloads, CurrentUsers users, AuditTrail audit) {
        this.caseloads = caseloads;
        this.users = users;
        this.audit = audit;
    }

    public Page<AuditRecord> search(String actor, AuditAction action, Instant from, Instant to, Pageable pageable) {
        CurrentUser manager = users.require();
        if (!manager.has(Role.MANAGER)) {
            throw new AccessDeniedException("Only managers search their teams' audit trail");
        }
        var people = caseloads.peopleOn(manager.teamIds());
        Page<AuditRecord> page = audit.search(new AuditQuery(actor, action, from, to, people, null), pageable);
        audit.record(AuditAction.SEARCHED, "AuditLog", null, "Searched the audit trail of their teams");
        return page;
    }
}
