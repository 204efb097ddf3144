package org.oneplan.people.internal;

import java.util.List;
import org.oneplan.access.Accounts;
import org.oneplan.access.Caseloads;
import org.oneplan.people.CircleMemberView;
import org.oneplan.people.NamedCoordinator;
import org.oneplan.people.PersonRecord;
import org.springframework.stereotype.Component;

/** Builds the whole record of a person the caller may already see: their circle, coordinator's name and teams. */
@Component
class PersonRecords {

    private final CircleMemberRepository circles;
    private final Accounts accounts;
    private final Caseloads caseloads;

    PersonRecords(CircleMemberRepository circles, Accounts accounts, Caseloads caseloads) {
        this.circles = circles;
        this.accounts = accounts;
        this.caseloads = caseloads;
    }

    PersonRecord of(Person p) {
        List<CircleMemberView> circle = circles.currentCircleOf(p.id()).stream()
                .map(m -> new CircleMemberView(m.id(), m.details(), m.userAccountId() != null, m.version()))
                .toList();
        NamedCoordinator coordinator = p.coordinator();
        String coordinatorName = coordinator == null ? null
                : coordinator.userId() != null ? accounts.displayNameOf(coordinator.userId()).orElse(null)
                : coordinator.name();
        return new PersonRecord(p.id(), p.details(), p.contact(), p.communication(), p.consent(), coordinator,
                coordinatorName, circle, caseloads.teamsHolding(p.id()), p.version(), p.updatedAt());
    }
}
