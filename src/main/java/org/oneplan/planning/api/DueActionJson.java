package org.oneplan.planning.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.planning.ActionOwner;
import org.oneplan.planning.ActionStatus;
import org.oneplan.planning.DueAction;
import org.springframework.data.domain.Page;

/** One action of an actions due list. */
record DueActionJson(UUID personId, String personName, UUID actionId, String text, ActionOwner owner,
                     String ownerName, LocalDate dueDate, ActionStatus status, long daysLate) {

    static DueActionJson of(DueAction a) {
        return new DueActionJson(a.person().id(), a.person().displayName(), a.actionId(), a.text(), a.owner(),
                a.ownerName(), a.dueDate(), a.status(), a.daysLate());
    }

    /** One page of the list: items plus where it sits in the whole; pages are numbered from 0. */
    record PageJson(List<DueActionJson> items, int page, int size, long totalItems, int totalPages) {

        static PageJson of(Page<DueAction> page) {
            return new PageJson(page.getContent().stream().map(DueActionJson::of).toList(), page.getNumber(),
                    page.getSize(), page.getTotalElements(), page.getTotalPages());
        }
    }
}
